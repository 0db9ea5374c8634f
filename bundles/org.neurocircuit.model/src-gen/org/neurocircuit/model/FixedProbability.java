/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed Probability</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each pair is connected independently with probability p.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.FixedProbability#getP <em>P</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getFixedProbability()
 * @model
 * @generated
 */
public interface FixedProbability extends ConnectionRule {
	/**
	 * Returns the value of the '<em><b>P</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection probability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P</em>' attribute.
	 * @see #setP(double)
	 * @see org.neurocircuit.model.ModelPackage#getFixedProbability_P()
	 * @model default="0.1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='p'"
	 * @generated
	 */
	double getP();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.FixedProbability#getP <em>P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P</em>' attribute.
	 * @see #getP()
	 * @generated
	 */
	void setP(double value);

} // FixedProbability
