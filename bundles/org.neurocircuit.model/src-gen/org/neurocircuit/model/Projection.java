/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Projection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Synapses from a source population onto a target population.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Projection#getSource <em>Source</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getRule <em>Rule</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#isAllowAutapses <em>Allow Autapses</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#isAllowMultapses <em>Allow Multapses</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getDelay <em>Delay</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getReceptor <em>Receptor</em>}</li>
 *   <li>{@link org.neurocircuit.model.Projection#getPlasticity <em>Plasticity</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getProjection()
 * @model
 * @generated
 */
public interface Projection extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Presynaptic population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Population)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Source()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Population getSource();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Population value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Postsynaptic population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Population)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Target()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Population getTarget();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Population value);

	/**
	 * Returns the value of the '<em><b>Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How pairs are connected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule</em>' containment reference.
	 * @see #setRule(ConnectionRule)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Rule()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ConnectionRule getRule();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getRule <em>Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' containment reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(ConnectionRule value);

	/**
	 * Returns the value of the '<em><b>Allow Autapses</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a neuron may connect to itself (source = target only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Autapses</em>' attribute.
	 * @see #setAllowAutapses(boolean)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_AllowAutapses()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowAutapses();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#isAllowAutapses <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Autapses</em>' attribute.
	 * @see #isAllowAutapses()
	 * @generated
	 */
	void setAllowAutapses(boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Multapses</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a pair may be connected more than once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Multapses</em>' attribute.
	 * @see #setAllowMultapses(boolean)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_AllowMultapses()
	 * @model default="true"
	 * @generated
	 */
	boolean isAllowMultapses();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#isAllowMultapses <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Multapses</em>' attribute.
	 * @see #isAllowMultapses()
	 * @generated
	 */
	void setAllowMultapses(boolean value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synaptic weight: nS for conductance receptors, pA for current receptors, mV for delta kinetics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' containment reference.
	 * @see #setWeight(Quantity)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Weight()
	 * @model containment="true" required="true"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@receptor'"
	 * @generated
	 */
	Quantity getWeight();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getWeight <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' containment reference.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Quantity value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transmission delay (>= dt).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' containment reference.
	 * @see #setDelay(Quantity)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Delay()
	 * @model containment="true" required="true"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	Quantity getDelay();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getDelay <em>Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' containment reference.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(Quantity value);

	/**
	 * Returns the value of the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The receptor the synapses act through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receptor</em>' containment reference.
	 * @see #setReceptor(Receptor)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Receptor()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Receptor getReceptor();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getReceptor <em>Receptor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receptor</em>' containment reference.
	 * @see #getReceptor()
	 * @generated
	 */
	void setReceptor(Receptor value);

	/**
	 * Returns the value of the '<em><b>Plasticity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synaptic plasticity; none if unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plasticity</em>' containment reference.
	 * @see #setPlasticity(Plasticity)
	 * @see org.neurocircuit.model.ModelPackage#getProjection_Plasticity()
	 * @model containment="true"
	 * @generated
	 */
	Plasticity getPlasticity();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Projection#getPlasticity <em>Plasticity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plasticity</em>' containment reference.
	 * @see #getPlasticity()
	 * @generated
	 */
	void setPlasticity(Plasticity value);

} // Projection
