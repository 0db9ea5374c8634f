/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sinusoid Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sinusoidal current offset + amplitude sin(2 pi f t + phase).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.SinusoidStimulus#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.neurocircuit.model.SinusoidStimulus#getAmplitude <em>Amplitude</em>}</li>
 *   <li>{@link org.neurocircuit.model.SinusoidStimulus#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.neurocircuit.model.SinusoidStimulus#getPhase <em>Phase</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getSinusoidStimulus()
 * @model
 * @generated
 */
public interface SinusoidStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(double)
	 * @see org.neurocircuit.model.ModelPackage#getSinusoidStimulus_Offset()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	double getOffset();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SinusoidStimulus#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(double value);

	/**
	 * Returns the value of the '<em><b>Amplitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amplitude.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitude</em>' attribute.
	 * @see #setAmplitude(double)
	 * @see org.neurocircuit.model.ModelPackage#getSinusoidStimulus_Amplitude()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	double getAmplitude();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SinusoidStimulus#getAmplitude <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amplitude</em>' attribute.
	 * @see #getAmplitude()
	 * @generated
	 */
	void setAmplitude(double value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frequency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(double)
	 * @see org.neurocircuit.model.ModelPackage#getSinusoidStimulus_Frequency()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='Hz' symbol='f'"
	 * @generated
	 */
	double getFrequency();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SinusoidStimulus#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(double value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Phase in radians.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(double)
	 * @see org.neurocircuit.model.ModelPackage#getSinusoidStimulus_Phase()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='\u03c6'"
	 * @generated
	 */
	double getPhase();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SinusoidStimulus#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(double value);

} // SinusoidStimulus
