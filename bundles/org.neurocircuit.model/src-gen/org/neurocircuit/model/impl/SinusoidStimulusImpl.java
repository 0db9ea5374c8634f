/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.SinusoidStimulus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sinusoid Stimulus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.SinusoidStimulusImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SinusoidStimulusImpl#getAmplitude <em>Amplitude</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SinusoidStimulusImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SinusoidStimulusImpl#getPhase <em>Phase</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SinusoidStimulusImpl extends StimulusImpl implements SinusoidStimulus {
	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final double OFFSET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected double offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmplitude() <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmplitude()
	 * @generated
	 * @ordered
	 */
	protected static final double AMPLITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAmplitude() <em>Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmplitude()
	 * @generated
	 * @ordered
	 */
	protected double amplitude = AMPLITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final double FREQUENCY_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected double frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final double PHASE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected double phase = PHASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SinusoidStimulusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SINUSOID_STIMULUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(double newOffset) {
		double oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SINUSOID_STIMULUS__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmplitude() {
		return amplitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmplitude(double newAmplitude) {
		double oldAmplitude = amplitude;
		amplitude = newAmplitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SINUSOID_STIMULUS__AMPLITUDE, oldAmplitude, amplitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(double newFrequency) {
		double oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SINUSOID_STIMULUS__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(double newPhase) {
		double oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SINUSOID_STIMULUS__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SINUSOID_STIMULUS__OFFSET:
				return getOffset();
			case ModelPackage.SINUSOID_STIMULUS__AMPLITUDE:
				return getAmplitude();
			case ModelPackage.SINUSOID_STIMULUS__FREQUENCY:
				return getFrequency();
			case ModelPackage.SINUSOID_STIMULUS__PHASE:
				return getPhase();
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
			case ModelPackage.SINUSOID_STIMULUS__OFFSET:
				setOffset((Double)newValue);
				return;
			case ModelPackage.SINUSOID_STIMULUS__AMPLITUDE:
				setAmplitude((Double)newValue);
				return;
			case ModelPackage.SINUSOID_STIMULUS__FREQUENCY:
				setFrequency((Double)newValue);
				return;
			case ModelPackage.SINUSOID_STIMULUS__PHASE:
				setPhase((Double)newValue);
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
			case ModelPackage.SINUSOID_STIMULUS__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case ModelPackage.SINUSOID_STIMULUS__AMPLITUDE:
				setAmplitude(AMPLITUDE_EDEFAULT);
				return;
			case ModelPackage.SINUSOID_STIMULUS__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case ModelPackage.SINUSOID_STIMULUS__PHASE:
				setPhase(PHASE_EDEFAULT);
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
			case ModelPackage.SINUSOID_STIMULUS__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case ModelPackage.SINUSOID_STIMULUS__AMPLITUDE:
				return amplitude != AMPLITUDE_EDEFAULT;
			case ModelPackage.SINUSOID_STIMULUS__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case ModelPackage.SINUSOID_STIMULUS__PHASE:
				return phase != PHASE_EDEFAULT;
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
		result.append(" (offset: ");
		result.append(offset);
		result.append(", amplitude: ");
		result.append(amplitude);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", phase: ");
		result.append(phase);
		result.append(')');
		return result.toString();
	}

} //SinusoidStimulusImpl
