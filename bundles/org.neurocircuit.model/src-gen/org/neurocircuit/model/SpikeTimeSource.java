/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spike Time Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source neuron that fires at given times: each neuron with a train of its own uses it, all others use the shared times.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.SpikeTimeSource#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpikeTimeSource#getTrains <em>Trains</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getSpikeTimeSource()
 * @model
 * @generated
 */
public interface SpikeTimeSource extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike times shared by all neurons without a train of their own, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTimeSource_Times()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Trains</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.SpikeTrain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-neuron spike trains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trains</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTimeSource_Trains()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpikeTrain> getTrains();

} // SpikeTimeSource
