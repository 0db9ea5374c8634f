/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grid Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Neurons on a 2-D grid in the z = centerZ plane, row by row; rows x columns must equal the population size.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.GridLayout#getRows <em>Rows</em>}</li>
 *   <li>{@link org.neurocircuit.model.GridLayout#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.neurocircuit.model.GridLayout#getSpacing <em>Spacing</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getGridLayout()
 * @model
 * @generated
 */
public interface GridLayout extends SpatialLayout {
	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of rows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.neurocircuit.model.ModelPackage#getGridLayout_Rows()
	 * @model default="1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.GridLayout#getRows <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows</em>' attribute.
	 * @see #getRows()
	 * @generated
	 */
	void setRows(int value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of columns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute.
	 * @see #setColumns(int)
	 * @see org.neurocircuit.model.ModelPackage#getGridLayout_Columns()
	 * @model default="1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getColumns();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.GridLayout#getColumns <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns</em>' attribute.
	 * @see #getColumns()
	 * @generated
	 */
	void setColumns(int value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Distance between neighbouring grid points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see #setSpacing(double)
	 * @see org.neurocircuit.model.ModelPackage#getGridLayout_Spacing()
	 * @model default="100.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='\u0394x'"
	 * @generated
	 */
	double getSpacing();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.GridLayout#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(double value);

} // GridLayout
