/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NeuronModel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neuron Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class NeuronModelImpl extends EObjectImpl implements NeuronModel {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeuronModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NEURON_MODEL;
	}

} //NeuronModelImpl
