/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The drawing of a circuit: layout only. Nodes and edges refer to model elements; deleting an element must delete its nodes and edges.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.neurocircuit.model.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.DiagramNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boxes of regions, populations, stimuli and recorders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.DiagramEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines of projections, and of stimuli and recorders to their targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramEdge> getEdges();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node (box) of an element, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	DiagramNode nodeFor(NamedElement element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edges of an element (a stimulus or recorder has one per target).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<DiagramEdge> edgesFor(NamedElement element);

} // Diagram
