/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.SpikeRecorder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spike Recorder</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SpikeRecorderImpl extends RecorderImpl implements SpikeRecorder {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpikeRecorderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPIKE_RECORDER;
	}

} //SpikeRecorderImpl
