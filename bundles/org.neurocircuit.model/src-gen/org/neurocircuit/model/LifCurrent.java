/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lif Current</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Leaky integrate-and-fire neuron for current-based synapses (NEST iaf_psc_exp / iaf_psc_alpha / iaf_psc_delta, default parameters of NEST).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getCm <em>Cm</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getTauM <em>Tau M</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getEL <em>EL</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getVTh <em>VTh</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getVReset <em>VReset</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getTRef <em>TRef</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifCurrent#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getLifCurrent()
 * @model
 * @generated
 */
public interface LifCurrent extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Cm</b></em>' attribute.
	 * The default value is <code>"250.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane capacitance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm</em>' attribute.
	 * @see #setCm(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_Cm()
	 * @model default="250.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pF' symbol='C_m'"
	 * @generated
	 */
	double getCm();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getCm <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm</em>' attribute.
	 * @see #getCm()
	 * @generated
	 */
	void setCm(double value);

	/**
	 * Returns the value of the '<em><b>Tau M</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane time constant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau M</em>' attribute.
	 * @see #setTauM(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_TauM()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_m'"
	 * @generated
	 */
	double getTauM();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getTauM <em>Tau M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau M</em>' attribute.
	 * @see #getTauM()
	 * @generated
	 */
	void setTauM(double value);

	/**
	 * Returns the value of the '<em><b>EL</b></em>' attribute.
	 * The default value is <code>"-70.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resting potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>EL</em>' attribute.
	 * @see #setEL(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_EL()
	 * @model default="-70.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='E_L'"
	 * @generated
	 */
	double getEL();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getEL <em>EL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>EL</em>' attribute.
	 * @see #getEL()
	 * @generated
	 */
	void setEL(double value);

	/**
	 * Returns the value of the '<em><b>VTh</b></em>' attribute.
	 * The default value is <code>"-55.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike threshold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VTh</em>' attribute.
	 * @see #setVTh(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_VTh()
	 * @model default="-55.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_th'"
	 * @generated
	 */
	double getVTh();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getVTh <em>VTh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VTh</em>' attribute.
	 * @see #getVTh()
	 * @generated
	 */
	void setVTh(double value);

	/**
	 * Returns the value of the '<em><b>VReset</b></em>' attribute.
	 * The default value is <code>"-70.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reset potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VReset</em>' attribute.
	 * @see #setVReset(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_VReset()
	 * @model default="-70.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_reset'"
	 * @generated
	 */
	double getVReset();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getVReset <em>VReset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VReset</em>' attribute.
	 * @see #getVReset()
	 * @generated
	 */
	void setVReset(double value);

	/**
	 * Returns the value of the '<em><b>TRef</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute refractory period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>TRef</em>' attribute.
	 * @see #setTRef(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_TRef()
	 * @model default="2.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='t_ref'"
	 * @generated
	 */
	double getTRef();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getTRef <em>TRef</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>TRef</em>' attribute.
	 * @see #getTRef()
	 * @generated
	 */
	void setTRef(double value);

	/**
	 * Returns the value of the '<em><b>IE</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant input current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>IE</em>' attribute.
	 * @see #setIE(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifCurrent_IE()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA' symbol='I_e'"
	 * @generated
	 */
	double getIE();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifCurrent#getIE <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>IE</em>' attribute.
	 * @see #getIE()
	 * @generated
	 */
	void setIE(double value);

} // LifCurrent
