/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixed In Degree</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each target neuron receives exactly k synapses from randomly chosen source neurons.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.FixedInDegree#getK <em>K</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getFixedInDegree()
 * @model
 * @generated
 */
public interface FixedInDegree extends ConnectionRule {
	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In-degree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.neurocircuit.model.ModelPackage#getFixedInDegree_K()
	 * @model default="10"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='K_in'"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.FixedInDegree#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

} // FixedInDegree
