/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A brain region: a named group of populations and nested regions, drawn as a container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Region#getColor <em>Color</em>}</li>
 *   <li>{@link org.neurocircuit.model.Region#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.neurocircuit.model.Region#getPopulations <em>Populations</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fill colour in the diagram, as #RRGGBB; empty for the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.neurocircuit.model.ModelPackage#getRegion_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Region#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getRegion_Regions()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Populations</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Populations</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getRegion_Populations()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Population> getPopulations();

} // Region
