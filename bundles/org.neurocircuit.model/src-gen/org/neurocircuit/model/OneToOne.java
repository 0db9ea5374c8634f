/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>One To One</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Source neuron i connects to target neuron i (equal sizes).
 * <!-- end-model-doc -->
 *
 *
 * @see org.neurocircuit.model.ModelPackage#getOneToOne()
 * @model
 * @generated
 */
public interface OneToOne extends ConnectionRule {
} // OneToOne
