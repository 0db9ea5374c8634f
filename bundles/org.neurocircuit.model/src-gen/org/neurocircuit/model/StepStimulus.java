/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piecewise-constant current: amplitudes[i] from times[i] on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.StepStimulus#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.StepStimulus#getAmplitudes <em>Amplitudes</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getStepStimulus()
 * @model
 * @generated
 */
public interface StepStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Switch times, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getStepStimulus_Times()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Amplitudes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current from the matching time on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amplitudes</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getStepStimulus_Amplitudes()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='pA'"
	 * @generated
	 */
	EList<Double> getAmplitudes();

} // StepStimulus
