/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explicit List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The synapses listed one by one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.ExplicitList#getConnections <em>Connections</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getExplicitList()
 * @model
 * @generated
 */
public interface ExplicitList extends ConnectionRule {
	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.ExplicitConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The synapses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getExplicitList_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExplicitConnection> getConnections();

} // ExplicitList
