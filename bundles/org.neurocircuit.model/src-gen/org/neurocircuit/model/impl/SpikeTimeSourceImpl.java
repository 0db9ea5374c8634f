/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spike Time Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTimeSourceImpl#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTimeSourceImpl#getTrains <em>Trains</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpikeTimeSourceImpl extends NeuronModelImpl implements SpikeTimeSource {
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
	 * The cached value of the '{@link #getTrains() <em>Trains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrains()
	 * @generated
	 * @ordered
	 */
	protected EList<SpikeTrain> trains;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpikeTimeSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPIKE_TIME_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTimes() {
		if (times == null) {
			times = new EDataTypeEList<Double>(Double.class, this, ModelPackage.SPIKE_TIME_SOURCE__TIMES);
		}
		return times;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpikeTrain> getTrains() {
		if (trains == null) {
			trains = new EObjectContainmentEList<SpikeTrain>(SpikeTrain.class, this, ModelPackage.SPIKE_TIME_SOURCE__TRAINS);
		}
		return trains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SPIKE_TIME_SOURCE__TRAINS:
				return ((InternalEList<?>)getTrains()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SPIKE_TIME_SOURCE__TIMES:
				return getTimes();
			case ModelPackage.SPIKE_TIME_SOURCE__TRAINS:
				return getTrains();
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
			case ModelPackage.SPIKE_TIME_SOURCE__TIMES:
				getTimes().clear();
				getTimes().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.SPIKE_TIME_SOURCE__TRAINS:
				getTrains().clear();
				getTrains().addAll((Collection<? extends SpikeTrain>)newValue);
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
			case ModelPackage.SPIKE_TIME_SOURCE__TIMES:
				getTimes().clear();
				return;
			case ModelPackage.SPIKE_TIME_SOURCE__TRAINS:
				getTrains().clear();
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
			case ModelPackage.SPIKE_TIME_SOURCE__TIMES:
				return times != null && !times.isEmpty();
			case ModelPackage.SPIKE_TIME_SOURCE__TRAINS:
				return trains != null && !trains.isEmpty();
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
		result.append(" (times: ");
		result.append(times);
		result.append(')');
		return result.toString();
	}

} //SpikeTimeSourceImpl
