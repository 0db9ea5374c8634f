/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Plasticity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plasticity</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PlasticityImpl extends EObjectImpl implements Plasticity {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlasticityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PLASTICITY;
	}

} //PlasticityImpl
