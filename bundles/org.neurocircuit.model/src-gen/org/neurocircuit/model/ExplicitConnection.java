/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explicit Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One synapse of an explicit list; weight and delay default to the projection's when unset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.ExplicitConnection#getSource <em>Source</em>}</li>
 *   <li>{@link org.neurocircuit.model.ExplicitConnection#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.ExplicitConnection#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.ExplicitConnection#getDelay <em>Delay</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getExplicitConnection()
 * @model
 * @generated
 */
public interface ExplicitConnection extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the source neuron (0-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(int)
	 * @see org.neurocircuit.model.ModelPackage#getExplicitConnection_Source()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getSource();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ExplicitConnection#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(int value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the target neuron (0-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(int)
	 * @see org.neurocircuit.model.ModelPackage#getExplicitConnection_Target()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getTarget();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ExplicitConnection#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(int value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight; unset: drawn from the projection's weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Double)
	 * @see org.neurocircuit.model.ModelPackage#getExplicitConnection_Weight()
	 * @model annotation="http://www.neurocircuit.org/model/units unit='@receptor'"
	 * @generated
	 */
	Double getWeight();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ExplicitConnection#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Double value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delay; unset: drawn from the projection's delay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(Double)
	 * @see org.neurocircuit.model.ModelPackage#getExplicitConnection_Delay()
	 * @model annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	Double getDelay();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ExplicitConnection#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(Double value);

} // ExplicitConnection
