/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Noise Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Gaussian white-noise current, independent per neuron, redrawn every time step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.NoiseStimulus#getMean <em>Mean</em>}</li>
 *   <li>{@link org.neurocircuit.model.NoiseStimulus#getStd <em>Std</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getNoiseStimulus()
 * @model
 * @generated
 */
public interface NoiseStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.neurocircuit.model.ModelPackage#getNoiseStimulus_Mean()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NoiseStimulus#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Std</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of the current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Std</em>' attribute.
	 * @see #setStd(double)
	 * @see org.neurocircuit.model.ModelPackage#getNoiseStimulus_Std()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	double getStd();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NoiseStimulus#getStd <em>Std</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Std</em>' attribute.
	 * @see #getStd()
	 * @generated
	 */
	void setStd(double value);

} // NoiseStimulus
