/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records activity of one or more populations during a run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Recorder#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.neurocircuit.model.Recorder#getSubset <em>Subset</em>}</li>
 *   <li>{@link org.neurocircuit.model.Recorder#getCount <em>Count</em>}</li>
 *   <li>{@link org.neurocircuit.model.Recorder#getIndices <em>Indices</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getRecorder()
 * @model abstract="true"
 * @generated
 */
public interface Recorder extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recorded populations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.neurocircuit.model.ModelPackage#getRecorder_Targets()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	EList<Population> getTargets();

	/**
	 * Returns the value of the '<em><b>Subset</b></em>' attribute.
	 * The default value is <code>"all"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.SubsetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which neurons of each target are recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subset</em>' attribute.
	 * @see org.neurocircuit.model.SubsetKind
	 * @see #setSubset(SubsetKind)
	 * @see org.neurocircuit.model.ModelPackage#getRecorder_Subset()
	 * @model default="all"
	 * @generated
	 */
	SubsetKind getSubset();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Recorder#getSubset <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subset</em>' attribute.
	 * @see org.neurocircuit.model.SubsetKind
	 * @see #getSubset()
	 * @generated
	 */
	void setSubset(SubsetKind value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of neurons per population for subset firstN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.neurocircuit.model.ModelPackage#getRecorder_Count()
	 * @model default="100"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Recorder#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Indices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Neuron indices (0-based) for subset indices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indices</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getRecorder_Indices()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	EList<Integer> getIndices();

} // Recorder
