/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dc Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A constant current.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DcStimulus#getAmplitude <em>Amplitude</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDcStimulus()
 * @model
 * @generated
 */
public interface DcStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Amplitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitude</em>' attribute.
	 * @see #setAmplitude(double)
	 * @see org.neurocircuit.model.ModelPackage#getDcStimulus_Amplitude()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	double getAmplitude();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DcStimulus#getAmplitude <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amplitude</em>' attribute.
	 * @see #getAmplitude()
	 * @generated
	 */
	void setAmplitude(double value);

} // DcStimulus
