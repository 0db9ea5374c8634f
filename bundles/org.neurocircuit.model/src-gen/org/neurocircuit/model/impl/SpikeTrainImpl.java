/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.SpikeTrain;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spike Train</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTrainImpl#getNeuron <em>Neuron</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTrainImpl#getTimes <em>Times</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpikeTrainImpl extends EObjectImpl implements SpikeTrain {
	/**
	 * The default value of the '{@link #getNeuron() <em>Neuron</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeuron()
	 * @generated
	 * @ordered
	 */
	protected static final int NEURON_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNeuron() <em>Neuron</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeuron()
	 * @generated
	 * @ordered
	 */
	protected int neuron = NEURON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTimes() <em>Times</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimes()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> times;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpikeTrainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPIKE_TRAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNeuron() {
		return neuron;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeuron(int newNeuron) {
		int oldNeuron = neuron;
		neuron = newNeuron;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPIKE_TRAIN__NEURON, oldNeuron, neuron));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTimes() {
		if (times == null) {
			times = new EDataTypeEList<Double>(Double.class, this, ModelPackage.SPIKE_TRAIN__TIMES);
		}
		return times;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SPIKE_TRAIN__NEURON:
				return getNeuron();
			case ModelPackage.SPIKE_TRAIN__TIMES:
				return getTimes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.SPIKE_TRAIN__NEURON:
				setNeuron((Integer)newValue);
				return;
			case ModelPackage.SPIKE_TRAIN__TIMES:
				getTimes().clear();
				getTimes().addAll((Collection<? extends Double>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.SPIKE_TRAIN__NEURON:
				setNeuron(NEURON_EDEFAULT);
				return;
			case ModelPackage.SPIKE_TRAIN__TIMES:
				getTimes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.SPIKE_TRAIN__NEURON:
				return neuron != NEURON_EDEFAULT;
			case ModelPackage.SPIKE_TRAIN__TIMES:
				return times != null && !times.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (neuron: ");
		result.append(neuron);
		result.append(", times: ");
		result.append(times);
		result.append(')');
		return result.toString();
	}

} //SpikeTrainImpl
