/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spike Train</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The spike times of one neuron of a spike-time source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.SpikeTrain#getNeuron <em>Neuron</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpikeTrain#getTimes <em>Times</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getSpikeTrain()
 * @model
 * @generated
 */
public interface SpikeTrain extends EObject {
	/**
	 * Returns the value of the '<em><b>Neuron</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the neuron in its population (0-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neuron</em>' attribute.
	 * @see #setNeuron(int)
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTrain_Neuron()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getNeuron();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpikeTrain#getNeuron <em>Neuron</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Neuron</em>' attribute.
	 * @see #getNeuron()
	 * @generated
	 */
	void setNeuron(int value);

	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike times, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTrain_Times()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

} // SpikeTrain
