/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lif Conductance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Leaky integrate-and-fire neuron for conductance-based synapses (NEST iaf_cond_exp / iaf_cond_alpha defaults).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.LifConductance#getCm <em>Cm</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getGL <em>GL</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getEL <em>EL</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getVTh <em>VTh</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getVReset <em>VReset</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getTRef <em>TRef</em>}</li>
 *   <li>{@link org.neurocircuit.model.LifConductance#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getLifConductance()
 * @model
 * @generated
 */
public interface LifConductance extends NeuronModel {
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
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_Cm()
	 * @model default="250.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pF' symbol='C_m'"
	 * @generated
	 */
	double getCm();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getCm <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm</em>' attribute.
	 * @see #getCm()
	 * @generated
	 */
	void setCm(double value);

	/**
	 * Returns the value of the '<em><b>GL</b></em>' attribute.
	 * The default value is <code>"16.6667"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak conductance (tau_m = C_m / g_L).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>GL</em>' attribute.
	 * @see #setGL(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_GL()
	 * @model default="16.6667"
	 *        annotation="http://www.neurocircuit.org/model/units unit='nS' symbol='g_L'"
	 * @generated
	 */
	double getGL();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getGL <em>GL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GL</em>' attribute.
	 * @see #getGL()
	 * @generated
	 */
	void setGL(double value);

	/**
	 * Returns the value of the '<em><b>EL</b></em>' attribute.
	 * The default value is <code>"-70.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leak reversal (resting) potential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>EL</em>' attribute.
	 * @see #setEL(double)
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_EL()
	 * @model default="-70.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='E_L'"
	 * @generated
	 */
	double getEL();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getEL <em>EL</em>}' attribute.
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
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_VTh()
	 * @model default="-55.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_th'"
	 * @generated
	 */
	double getVTh();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getVTh <em>VTh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>VTh</em>' attribute.
	 * @see #getVTh()
	 * @generated
	 */
	void setVTh(double value);

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
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_VReset()
	 * @model default="-60.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='V_reset'"
	 * @generated
	 */
	double getVReset();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getVReset <em>VReset</em>}' attribute.
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
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_TRef()
	 * @model default="2.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='t_ref'"
	 * @generated
	 */
	double getTRef();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getTRef <em>TRef</em>}' attribute.
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
	 * @see org.neurocircuit.model.ModelPackage#getLifConductance_IE()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA' symbol='I_e'"
	 * @generated
	 */
	double getIE();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LifConductance#getIE <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>IE</em>' attribute.
	 * @see #getIE()
	 * @generated
	 */
	void setIE(double value);

} // LifConductance
