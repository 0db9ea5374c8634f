/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value drawn independently for each instance.
 * <!-- end-model-doc -->
 *
 *
 * @see org.neurocircuit.model.ModelPackage#getValueDistribution()
 * @model abstract="true"
 * @generated
 */
public interface ValueDistribution extends Quantity {
} // ValueDistribution
