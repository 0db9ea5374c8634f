/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rate Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records the population rate (spikes per neuron per second) in bins.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.RateRecorder#getBinWidth <em>Bin Width</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getRateRecorder()
 * @model
 * @generated
 */
public interface RateRecorder extends Recorder {
	/**
	 * Returns the value of the '<em><b>Bin Width</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of a bin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bin Width</em>' attribute.
	 * @see #setBinWidth(double)
	 * @see org.neurocircuit.model.ModelPackage#getRateRecorder_BinWidth()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	double getBinWidth();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RateRecorder#getBinWidth <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bin Width</em>' attribute.
	 * @see #getBinWidth()
	 * @generated
	 */
	void setBinWidth(double value);

} // RateRecorder
