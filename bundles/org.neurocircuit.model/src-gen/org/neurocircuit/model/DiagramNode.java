/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The box of an element; coordinates are relative to the node of the enclosing region, or to the diagram at top level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DiagramNode#getElement <em>Element</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramNode#getX <em>X</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramNode#getY <em>Y</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramNode#getWidth <em>Width</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramNode#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDiagramNode()
 * @model
 * @generated
 */
public interface DiagramNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(NamedElement)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramNode_Element()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	NamedElement getElement();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramNode#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(NamedElement value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Left edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramNode_X()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramNode#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramNode_Y()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramNode#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramNode_Width()
	 * @model default="120"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramNode#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramNode_Height()
	 * @model default="60"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramNode#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

} // DiagramNode
