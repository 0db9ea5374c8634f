/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The line of a projection (from its source to its target), or of a stimulus or recorder to one of its targets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DiagramEdge#getElement <em>Element</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramEdge#getBendpoints <em>Bendpoints</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDiagramEdge()
 * @model
 * @generated
 */
public interface DiagramEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The projection, stimulus or recorder drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(NamedElement)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramEdge_Element()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	NamedElement getElement();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramEdge#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(NamedElement value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For stimuli and recorders: the target population this line goes to; unset for projections.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NamedElement)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramEdge_Target()
	 * @model resolveProxies="false"
	 * @generated
	 */
	NamedElement getTarget();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NamedElement value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.DiagramPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bend points, from source to target, in diagram coordinates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getDiagramEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramPoint> getBendpoints();

} // DiagramEdge
