/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.TransferFunction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rate Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.RateUnitImpl#getTau <em>Tau</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RateUnitImpl#getGain <em>Gain</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RateUnitImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RateUnitImpl#getTransferFunction <em>Transfer Function</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RateUnitImpl extends NeuronModelImpl implements RateUnit {
	/**
	 * The default value of the '{@link #getTau() <em>Tau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTau()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getTau() <em>Tau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTau()
	 * @generated
	 * @ordered
	 */
	protected double tau = TAU_EDEFAULT;

	/**
	 * The default value of the '{@link #getGain() <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGain()
	 * @generated
	 * @ordered
	 */
	protected static final double GAIN_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getGain() <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGain()
	 * @generated
	 * @ordered
	 */
	protected double gain = GAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransferFunction() <em>Transfer Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferFunction()
	 * @generated
	 * @ordered
	 */
	protected static final TransferFunction TRANSFER_FUNCTION_EDEFAULT = TransferFunction.LINEAR;

	/**
	 * The cached value of the '{@link #getTransferFunction() <em>Transfer Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferFunction()
	 * @generated
	 * @ordered
	 */
	protected TransferFunction transferFunction = TRANSFER_FUNCTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RateUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RATE_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTau() {
		return tau;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTau(double newTau) {
		double oldTau = tau;
		tau = newTau;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RATE_UNIT__TAU, oldTau, tau));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGain() {
		return gain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGain(double newGain) {
		double oldGain = gain;
		gain = newGain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RATE_UNIT__GAIN, oldGain, gain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RATE_UNIT__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransferFunction getTransferFunction() {
		return transferFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransferFunction(TransferFunction newTransferFunction) {
		TransferFunction oldTransferFunction = transferFunction;
		transferFunction = newTransferFunction == null ? TRANSFER_FUNCTION_EDEFAULT : newTransferFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RATE_UNIT__TRANSFER_FUNCTION, oldTransferFunction, transferFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RATE_UNIT__TAU:
				return getTau();
			case ModelPackage.RATE_UNIT__GAIN:
				return getGain();
			case ModelPackage.RATE_UNIT__THRESHOLD:
				return getThreshold();
			case ModelPackage.RATE_UNIT__TRANSFER_FUNCTION:
				return getTransferFunction();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.RATE_UNIT__TAU:
				setTau((Double)newValue);
				return;
			case ModelPackage.RATE_UNIT__GAIN:
				setGain((Double)newValue);
				return;
			case ModelPackage.RATE_UNIT__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case ModelPackage.RATE_UNIT__TRANSFER_FUNCTION:
				setTransferFunction((TransferFunction)newValue);
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
			case ModelPackage.RATE_UNIT__TAU:
				setTau(TAU_EDEFAULT);
				return;
			case ModelPackage.RATE_UNIT__GAIN:
				setGain(GAIN_EDEFAULT);
				return;
			case ModelPackage.RATE_UNIT__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case ModelPackage.RATE_UNIT__TRANSFER_FUNCTION:
				setTransferFunction(TRANSFER_FUNCTION_EDEFAULT);
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
			case ModelPackage.RATE_UNIT__TAU:
				return tau != TAU_EDEFAULT;
			case ModelPackage.RATE_UNIT__GAIN:
				return gain != GAIN_EDEFAULT;
			case ModelPackage.RATE_UNIT__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case ModelPackage.RATE_UNIT__TRANSFER_FUNCTION:
				return transferFunction != TRANSFER_FUNCTION_EDEFAULT;
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
		result.append(" (tau: ");
		result.append(tau);
		result.append(", gain: ");
		result.append(gain);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", transferFunction: ");
		result.append(transferFunction);
		result.append(')');
		return result.toString();
	}

} //RateUnitImpl
