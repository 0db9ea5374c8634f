/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Normal Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Normal with mean and sd, redrawn until inside [low, high] where those are set (clipped normal).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.NormalDistribution#getMean <em>Mean</em>}</li>
 *   <li>{@link org.neurocircuit.model.NormalDistribution#getSd <em>Sd</em>}</li>
 *   <li>{@link org.neurocircuit.model.NormalDistribution#getLow <em>Low</em>}</li>
 *   <li>{@link org.neurocircuit.model.NormalDistribution#getHigh <em>High</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getNormalDistribution()
 * @model
 * @generated
 */
public interface NormalDistribution extends ValueDistribution {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.neurocircuit.model.ModelPackage#getNormalDistribution_Mean()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@container' symbol='\u03bc'"
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NormalDistribution#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Sd</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sd</em>' attribute.
	 * @see #setSd(double)
	 * @see org.neurocircuit.model.ModelPackage#getNormalDistribution_Sd()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@container' symbol='\u03c3'"
	 * @generated
	 */
	double getSd();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NormalDistribution#getSd <em>Sd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sd</em>' attribute.
	 * @see #getSd()
	 * @generated
	 */
	void setSd(double value);

	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound; unset: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(Double)
	 * @see org.neurocircuit.model.ModelPackage#getNormalDistribution_Low()
	 * @model annotation="http://www.neurocircuit.org/model/units unit='@container'"
	 * @generated
	 */
	Double getLow();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NormalDistribution#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(Double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound; unset: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(Double)
	 * @see org.neurocircuit.model.ModelPackage#getNormalDistribution_High()
	 * @model annotation="http://www.neurocircuit.org/model/units unit='@container'"
	 * @generated
	 */
	Double getHigh();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.NormalDistribution#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(Double value);

} // NormalDistribution
