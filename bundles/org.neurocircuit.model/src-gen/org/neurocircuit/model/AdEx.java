/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ad Ex</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005; NEST aeif_cond_exp defaults).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.AdEx#getCm <em>Cm</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getGL <em>GL</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getEL <em>EL</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getVT <em>VT</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getDeltaT <em>Delta T</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getA <em>A</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getB <em>B</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getTauW <em>Tau W</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getVReset <em>VReset</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getVPeak <em>VPeak</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getTRef <em>TRef</em>}</li>
 *   <li>{@link org.neurocircuit.model.AdEx#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getAdEx()
 * @model
 * @generated
 */
public interface AdEx extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Cm</b></em>' attribute.
	 * The default value is <code>"281.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membrane capacitance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm</em>' attribute.
	 * @see #setCm(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_Cm()
	 * @model default="281.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pF' symbol='C_m'"
	 * @generated
	 */
	double getCm();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getCm <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm</em>' attribute.
	 * @see #getCm()
	 * @generated
	 */
	void setCm(double value);

	/**
	 * Returns the value of the '<em><b>GL</b></em>' attribute.
	 * The default value is <code>"30.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak conductance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>GL</em>' attribute.
	 * @see #setGL(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_GL()
	 * @model default="30.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='nS' symbol='g_L'"
	 * @generated
	 */
	double getGL();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getGL <em>GL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GL</em>' attribute.
	 * @see #getGL()
	 * @generated
	 */
	void setGL(double value);

	/**
	 * Returns the value of the '<em><b>EL</b></em>' attribute.
	 * The default value is <code>"-70.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak reversal potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>EL</em>' attribute.
	 * @see #setEL(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_EL()
	 * @model default="-70.6"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='E_L'"
	 * @generated
	 */
	double getEL();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getEL <em>EL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>EL</em>' attribute.
	 * @see #getEL()
	 * @generated
	 */
	void setEL(double value);

	/**
	 * Returns the value of the '<em><b>VT</b></em>' attribute.
	 * The default value is <code>"-50.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threshold of the exponential term.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VT</em>' attribute.
	 * @see #setVT(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_VT()
	 * @model default="-50.4"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_T'"
	 * @generated
	 */
	double getVT();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getVT <em>VT</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VT</em>' attribute.
	 * @see #getVT()
	 * @generated
	 */
	void setVT(double value);

	/**
	 * Returns the value of the '<em><b>Delta T</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slope factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delta T</em>' attribute.
	 * @see #setDeltaT(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_DeltaT()
	 * @model default="2.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='\u0394_T'"
	 * @generated
	 */
	double getDeltaT();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getDeltaT <em>Delta T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta T</em>' attribute.
	 * @see #getDeltaT()
	 * @generated
	 */
	void setDeltaT(double value);

	/**
	 * Returns the value of the '<em><b>A</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subthreshold adaptation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>A</em>' attribute.
	 * @see #setA(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_A()
	 * @model default="4.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='nS' symbol='a'"
	 * @generated
	 */
	double getA();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getA <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A</em>' attribute.
	 * @see #getA()
	 * @generated
	 */
	void setA(double value);

	/**
	 * Returns the value of the '<em><b>B</b></em>' attribute.
	 * The default value is <code>"80.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike-triggered adaptation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>B</em>' attribute.
	 * @see #setB(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_B()
	 * @model default="80.5"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA' symbol='b'"
	 * @generated
	 */
	double getB();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getB <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B</em>' attribute.
	 * @see #getB()
	 * @generated
	 */
	void setB(double value);

	/**
	 * Returns the value of the '<em><b>Tau W</b></em>' attribute.
	 * The default value is <code>"144.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adaptation time constant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau W</em>' attribute.
	 * @see #setTauW(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_TauW()
	 * @model default="144.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_w'"
	 * @generated
	 */
	double getTauW();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getTauW <em>Tau W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau W</em>' attribute.
	 * @see #getTauW()
	 * @generated
	 */
	void setTauW(double value);

	/**
	 * Returns the value of the '<em><b>VReset</b></em>' attribute.
	 * The default value is <code>"-60.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reset potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VReset</em>' attribute.
	 * @see #setVReset(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_VReset()
	 * @model default="-60.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_reset'"
	 * @generated
	 */
	double getVReset();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getVReset <em>VReset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VReset</em>' attribute.
	 * @see #getVReset()
	 * @generated
	 */
	void setVReset(double value);

	/**
	 * Returns the value of the '<em><b>VPeak</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike detection (cut-off) potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>VPeak</em>' attribute.
	 * @see #setVPeak(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_VPeak()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_peak'"
	 * @generated
	 */
	double getVPeak();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getVPeak <em>VPeak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VPeak</em>' attribute.
	 * @see #getVPeak()
	 * @generated
	 */
	void setVPeak(double value);

	/**
	 * Returns the value of the '<em><b>TRef</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute refractory period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>TRef</em>' attribute.
	 * @see #setTRef(double)
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_TRef()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='t_ref'"
	 * @generated
	 */
	double getTRef();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getTRef <em>TRef</em>}' attribute.
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
	 * @see org.neurocircuit.model.ModelPackage#getAdEx_IE()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA' symbol='I_e'"
	 * @generated
	 */
	double getIE();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.AdEx#getIE <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>IE</em>' attribute.
	 * @see #getIE()
	 * @generated
	 */
	void setIE(double value);

} // AdEx
