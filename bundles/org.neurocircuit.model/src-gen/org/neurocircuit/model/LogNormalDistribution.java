/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Normal Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * exp(X) with X normal(mu, sigma); the result is in the unit of the quantity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.LogNormalDistribution#getMu <em>Mu</em>}</li>
 *   <li>{@link org.neurocircuit.model.LogNormalDistribution#getSigma <em>Sigma</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getLogNormalDistribution()
 * @model
 * @generated
 */
public interface LogNormalDistribution extends ValueDistribution {
	/**
	 * Returns the value of the '<em><b>Mu</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean of the underlying normal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mu</em>' attribute.
	 * @see #setMu(double)
	 * @see org.neurocircuit.model.ModelPackage#getLogNormalDistribution_Mu()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='\u03bc'"
	 * @generated
	 */
	double getMu();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LogNormalDistribution#getMu <em>Mu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mu</em>' attribute.
	 * @see #getMu()
	 * @generated
	 */
	void setMu(double value);

	/**
	 * Returns the value of the '<em><b>Sigma</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of the underlying normal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigma</em>' attribute.
	 * @see #setSigma(double)
	 * @see org.neurocircuit.model.ModelPackage#getLogNormalDistribution_Sigma()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='\u03c3'"
	 * @generated
	 */
	double getSigma();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.LogNormalDistribution#getSigma <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigma</em>' attribute.
	 * @see #getSigma()
	 * @generated
	 */
	void setSigma(double value);

} // LogNormalDistribution
