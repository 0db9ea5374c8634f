/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>All To All</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every source neuron connects to every target neuron.
 * <!-- end-model-doc -->
 *
 *
 * @see org.neurocircuit.model.ModelPackage#getAllToAll()
 * @model
 * @generated
 */
public interface AllToAll extends ConnectionRule {
} // AllToAll
