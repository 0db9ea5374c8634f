/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.SpikeTimesStimulus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spike Times Stimulus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTimesStimulusImpl#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTimesStimulusImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpikeTimesStimulusImpl#getReceptor <em>Receptor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpikeTimesStimulusImpl extends StimulusImpl implements SpikeTimesStimulus {
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
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReceptor() <em>Receptor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceptor()
	 * @generated
	 * @ordered
	 */
	protected Receptor receptor;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpikeTimesStimulusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPIKE_TIMES_STIMULUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTimes() {
		if (times == null) {
			times = new EDataTypeEList<Double>(Double.class, this, ModelPackage.SPIKE_TIMES_STIMULUS__TIMES);
		}
		return times;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPIKE_TIMES_STIMULUS__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Receptor getReceptor() {
		return receptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReceptor(Receptor newReceptor, NotificationChain msgs) {
		Receptor oldReceptor = receptor;
		receptor = newReceptor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR, oldReceptor, newReceptor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceptor(Receptor newReceptor) {
		if (newReceptor != receptor) {
			NotificationChain msgs = null;
			if (receptor != null)
				msgs = ((InternalEObject)receptor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR, null, msgs);
			if (newReceptor != null)
				msgs = ((InternalEObject)newReceptor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR, null, msgs);
			msgs = basicSetReceptor(newReceptor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR, newReceptor, newReceptor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR:
				return basicSetReceptor(null, msgs);
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
			case ModelPackage.SPIKE_TIMES_STIMULUS__TIMES:
				return getTimes();
			case ModelPackage.SPIKE_TIMES_STIMULUS__WEIGHT:
				return getWeight();
			case ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR:
				return getReceptor();
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
			case ModelPackage.SPIKE_TIMES_STIMULUS__TIMES:
				getTimes().clear();
				getTimes().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.SPIKE_TIMES_STIMULUS__WEIGHT:
				setWeight((Double)newValue);
				return;
			case ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR:
				setReceptor((Receptor)newValue);
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
			case ModelPackage.SPIKE_TIMES_STIMULUS__TIMES:
				getTimes().clear();
				return;
			case ModelPackage.SPIKE_TIMES_STIMULUS__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR:
				setReceptor((Receptor)null);
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
			case ModelPackage.SPIKE_TIMES_STIMULUS__TIMES:
				return times != null && !times.isEmpty();
			case ModelPackage.SPIKE_TIMES_STIMULUS__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case ModelPackage.SPIKE_TIMES_STIMULUS__RECEPTOR:
				return receptor != null;
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
		result.append(", weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //SpikeTimesStimulusImpl
