/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spike Times Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Spikes at given times, delivered to every target neuron through a receptor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.SpikeTimesStimulus#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpikeTimesStimulus#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpikeTimesStimulus#getReceptor <em>Receptor</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getSpikeTimesStimulus()
 * @model
 * @generated
 */
public interface SpikeTimesStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spike times, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTimesStimulus_Times()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of each spike.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTimesStimulus_Weight()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@receptor'"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpikeTimesStimulus#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The receptor the spikes act through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receptor</em>' containment reference.
	 * @see #setReceptor(Receptor)
	 * @see org.neurocircuit.model.ModelPackage#getSpikeTimesStimulus_Receptor()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Receptor getReceptor();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpikeTimesStimulus#getReceptor <em>Receptor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receptor</em>' containment reference.
	 * @see #getReceptor()
	 * @generated
	 */
	void setReceptor(Receptor value);

} // SpikeTimesStimulus
