/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Poisson Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source neuron that fires as an independent Poisson process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.PoissonSource#getRate <em>Rate</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getPoissonSource()
 * @model
 * @generated
 */
public interface PoissonSource extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firing rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see org.neurocircuit.model.ModelPackage#getPoissonSource_Rate()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='Hz' symbol='\u03bd'"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.PoissonSource#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

} // PoissonSource
