/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bend point of an edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DiagramPoint#getX <em>X</em>}</li>
 *   <li>{@link org.neurocircuit.model.DiagramPoint#getY <em>Y</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDiagramPoint()
 * @model
 * @generated
 */
public interface DiagramPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x coordinate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramPoint_X()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramPoint#getX <em>X</em>}' attribute.
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
	 * y coordinate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.neurocircuit.model.ModelPackage#getDiagramPoint_Y()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='px'"
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DiagramPoint#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

} // DiagramPoint
