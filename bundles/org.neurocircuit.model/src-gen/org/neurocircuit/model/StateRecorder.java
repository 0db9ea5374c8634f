/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Samples a state variable at a fixed interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.StateRecorder#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.neurocircuit.model.StateRecorder#getInterval <em>Interval</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getStateRecorder()
 * @model
 * @generated
 */
public interface StateRecorder extends Recorder {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' attribute.
	 * The default value is <code>"V_m"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State variable, e.g. V_m, w, g_ex, g_in, r.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' attribute.
	 * @see #setVariable(String)
	 * @see org.neurocircuit.model.ModelPackage#getStateRecorder_Variable()
	 * @model default="V_m"
	 * @generated
	 */
	String getVariable();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.StateRecorder#getVariable <em>Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' attribute.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(String value);

	/**
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sampling interval (a multiple of dt).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(double)
	 * @see org.neurocircuit.model.ModelPackage#getStateRecorder_Interval()
	 * @model default="0.1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	double getInterval();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.StateRecorder#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(double value);

} // StateRecorder
