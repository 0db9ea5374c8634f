/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Izhikevich</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Izhikevich (2003) neuron, v' = 0.04 v^2 + 5 v + 140 - u + I, u' = a (b v - u); parameters dimensionless as in the paper (defaults: regular spiking).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getA <em>A</em>}</li>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getB <em>B</em>}</li>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getC <em>C</em>}</li>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getD <em>D</em>}</li>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getVPeak <em>VPeak</em>}</li>
 *   <li>{@link org.neurocircuit.model.Izhikevich#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getIzhikevich()
 * @model
 * @generated
 */
public interface Izhikevich extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>A</b></em>' attribute.
	 * The default value is <code>"0.02"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time scale of the recovery variable u.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>A</em>' attribute.
	 * @see #setA(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_A()
	 * @model default="0.02"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='a'"
	 * @generated
	 */
	double getA();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getA <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A</em>' attribute.
	 * @see #getA()
	 * @generated
	 */
	void setA(double value);

	/**
	 * Returns the value of the '<em><b>B</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sensitivity of u to v.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>B</em>' attribute.
	 * @see #setB(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_B()
	 * @model default="0.2"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='b'"
	 * @generated
	 */
	double getB();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getB <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B</em>' attribute.
	 * @see #getB()
	 * @generated
	 */
	void setB(double value);

	/**
	 * Returns the value of the '<em><b>C</b></em>' attribute.
	 * The default value is <code>"-65.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After-spike reset value of v.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>C</em>' attribute.
	 * @see #setC(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_C()
	 * @model default="-65.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='c'"
	 * @generated
	 */
	double getC();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getC <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C</em>' attribute.
	 * @see #getC()
	 * @generated
	 */
	void setC(double value);

	/**
	 * Returns the value of the '<em><b>D</b></em>' attribute.
	 * The default value is <code>"8.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After-spike increment of u.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>D</em>' attribute.
	 * @see #setD(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_D()
	 * @model default="8.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='d'"
	 * @generated
	 */
	double getD();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getD <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>D</em>' attribute.
	 * @see #getD()
	 * @generated
	 */
	void setD(double value);

	/**
	 * Returns the value of the '<em><b>VPeak</b></em>' attribute.
	 * The default value is <code>"30.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike cut-off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VPeak</em>' attribute.
	 * @see #setVPeak(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_VPeak()
	 * @model default="30.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_peak'"
	 * @generated
	 */
	double getVPeak();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getVPeak <em>VPeak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VPeak</em>' attribute.
	 * @see #getVPeak()
	 * @generated
	 */
	void setVPeak(double value);

	/**
	 * Returns the value of the '<em><b>IE</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>IE</em>' attribute.
	 * @see #setIE(double)
	 * @see org.neurocircuit.model.ModelPackage#getIzhikevich_IE()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA' symbol='I_e'"
	 * @generated
	 */
	double getIE();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Izhikevich#getIE <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>IE</em>' attribute.
	 * @see #getIE()
	 * @generated
	 */
	void setIE(double value);

} // Izhikevich
