/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uniform Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Uniform on [low, high).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.UniformDistribution#getLow <em>Low</em>}</li>
 *   <li>{@link org.neurocircuit.model.UniformDistribution#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getUniformDistribution()
 * @model
 * @generated
 */
public interface UniformDistribution extends ValueDistribution {
	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.neurocircuit.model.ModelPackage#getUniformDistribution_Low()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@container'"
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.UniformDistribution#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.neurocircuit.model.ModelPackage#getUniformDistribution_High()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@container'"
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.UniformDistribution#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

} // UniformDistribution
