/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Random Box Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Neurons at uniformly random positions in a box centred on the centre (extent 0 in a dimension: flat in it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.RandomBoxLayout#getExtentX <em>Extent X</em>}</li>
 *   <li>{@link org.neurocircuit.model.RandomBoxLayout#getExtentY <em>Extent Y</em>}</li>
 *   <li>{@link org.neurocircuit.model.RandomBoxLayout#getExtentZ <em>Extent Z</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getRandomBoxLayout()
 * @model
 * @generated
 */
public interface RandomBoxLayout extends SpatialLayout {
	/**
	 * Returns the value of the '<em><b>Extent X</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the box along x.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extent X</em>' attribute.
	 * @see #setExtentX(double)
	 * @see org.neurocircuit.model.ModelPackage#getRandomBoxLayout_ExtentX()
	 * @model default="1000.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='L_x'"
	 * @generated
	 */
	double getExtentX();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RandomBoxLayout#getExtentX <em>Extent X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extent X</em>' attribute.
	 * @see #getExtentX()
	 * @generated
	 */
	void setExtentX(double value);

	/**
	 * Returns the value of the '<em><b>Extent Y</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the box along y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extent Y</em>' attribute.
	 * @see #setExtentY(double)
	 * @see org.neurocircuit.model.ModelPackage#getRandomBoxLayout_ExtentY()
	 * @model default="1000.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='L_y'"
	 * @generated
	 */
	double getExtentY();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RandomBoxLayout#getExtentY <em>Extent Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extent Y</em>' attribute.
	 * @see #getExtentY()
	 * @generated
	 */
	void setExtentY(double value);

	/**
	 * Returns the value of the '<em><b>Extent Z</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the box along z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extent Z</em>' attribute.
	 * @see #setExtentZ(double)
	 * @see org.neurocircuit.model.ModelPackage#getRandomBoxLayout_ExtentZ()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='L_z'"
	 * @generated
	 */
	double getExtentZ();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RandomBoxLayout#getExtentZ <em>Extent Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extent Z</em>' attribute.
	 * @see #getExtentZ()
	 * @generated
	 */
	void setExtentZ(double value);

} // RandomBoxLayout
