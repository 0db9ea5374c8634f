/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initial Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Initial value of one state variable, fixed or drawn per neuron.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.InitialValue#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.neurocircuit.model.InitialValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getInitialValue()
 * @model
 * @generated
 */
public interface InitialValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * The default value is <code>"V_m"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State variable: V_m (mV), w (AdEx adaptation, pA), u (Izhikevich recovery), r (rate unit), g_ex / g_in (nS), I_syn (pA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.neurocircuit.model.ModelPackage#getInitialValue_Variable()
	 * @model default="V_m"
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.InitialValue#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value, in the unit of the variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' containment reference.
	 * @see #setValue(Quantity)
	 * @see org.neurocircuit.model.ModelPackage#getInitialValue_Value()
	 * @model containment="true" required="true"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@variable'"
	 * @generated
	 */
	Quantity getValue();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.InitialValue#getValue <em>Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' containment reference.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Quantity value);

} // InitialValue
