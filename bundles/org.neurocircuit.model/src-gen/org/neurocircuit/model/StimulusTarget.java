/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stimulus Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The time course of one parameter of a stimulus (e.g. the amplitude of a step stimulus).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.StimulusTarget#getStimulus <em>Stimulus</em>}</li>
 *   <li>{@link org.neurocircuit.model.StimulusTarget#getParameter <em>Parameter</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getStimulusTarget()
 * @model
 * @generated
 */
public interface StimulusTarget extends DecodingTarget {
	/**
	 * Returns the value of the '<em><b>Stimulus</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stimulus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stimulus</em>' reference.
	 * @see #setStimulus(Stimulus)
	 * @see org.neurocircuit.model.ModelPackage#getStimulusTarget_Stimulus()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Stimulus getStimulus();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.StimulusTarget#getStimulus <em>Stimulus</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stimulus</em>' reference.
	 * @see #getStimulus()
	 * @generated
	 */
	void setStimulus(Stimulus value);

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the stimulus attribute, e.g. amplitudes, rate, amplitude.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.neurocircuit.model.ModelPackage#getStimulusTarget_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.StimulusTarget#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

} // StimulusTarget
