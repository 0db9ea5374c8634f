/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed Out Degree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each source neuron makes exactly k synapses onto randomly chosen target neurons.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.FixedOutDegree#getK <em>K</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getFixedOutDegree()
 * @model
 * @generated
 */
public interface FixedOutDegree extends ConnectionRule {
	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Out-degree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.neurocircuit.model.ModelPackage#getFixedOutDegree_K()
	 * @model default="10"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='K_out'"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.FixedOutDegree#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

} // FixedOutDegree
