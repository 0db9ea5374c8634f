/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoding Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The signal a decoding task decodes.
 * <!-- end-model-doc -->
 *
 *
 * @see org.neurocircuit.model.ModelPackage#getDecodingTarget()
 * @model abstract="true"
 * @generated
 */
public interface DecodingTarget extends EObject {
} // DecodingTarget
