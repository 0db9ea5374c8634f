/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plasticity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Synaptic plasticity of a projection.
 * <!-- end-model-doc -->
 *
 *
 * @see org.neurocircuit.model.ModelPackage#getPlasticity()
 * @model abstract="true"
 * @generated
 */
public interface Plasticity extends EObject {
} // Plasticity
