/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spatial Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Positions of the neurons of a population in space (distance-dependent connectivity uses them).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.SpatialLayout#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpatialLayout#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpatialLayout#getCenterZ <em>Center Z</em>}</li>
 *   <li>{@link org.neurocircuit.model.SpatialLayout#isPeriodic <em>Periodic</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getSpatialLayout()
 * @model abstract="true"
 * @generated
 */
public interface SpatialLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Center X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre of the layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center X</em>' attribute.
	 * @see #setCenterX(double)
	 * @see org.neurocircuit.model.ModelPackage#getSpatialLayout_CenterX()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='x\u2080'"
	 * @generated
	 */
	double getCenterX();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpatialLayout#getCenterX <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center X</em>' attribute.
	 * @see #getCenterX()
	 * @generated
	 */
	void setCenterX(double value);

	/**
	 * Returns the value of the '<em><b>Center Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre of the layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Y</em>' attribute.
	 * @see #setCenterY(double)
	 * @see org.neurocircuit.model.ModelPackage#getSpatialLayout_CenterY()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='y\u2080'"
	 * @generated
	 */
	double getCenterY();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpatialLayout#getCenterY <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Y</em>' attribute.
	 * @see #getCenterY()
	 * @generated
	 */
	void setCenterY(double value);

	/**
	 * Returns the value of the '<em><b>Center Z</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre of the layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Z</em>' attribute.
	 * @see #setCenterZ(double)
	 * @see org.neurocircuit.model.ModelPackage#getSpatialLayout_CenterZ()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='z\u2080'"
	 * @generated
	 */
	double getCenterZ();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpatialLayout#getCenterZ <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Z</em>' attribute.
	 * @see #getCenterZ()
	 * @generated
	 */
	void setCenterZ(double value);

	/**
	 * Returns the value of the '<em><b>Periodic</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periodic boundaries (distances wrap around the layout's extent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periodic</em>' attribute.
	 * @see #setPeriodic(boolean)
	 * @see org.neurocircuit.model.ModelPackage#getSpatialLayout_Periodic()
	 * @model default="false"
	 * @generated
	 */
	boolean isPeriodic();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.SpatialLayout#isPeriodic <em>Periodic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periodic</em>' attribute.
	 * @see #isPeriodic()
	 * @generated
	 */
	void setPeriodic(boolean value);

} // SpatialLayout
