/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.StepStimulus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Stimulus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.StepStimulusImpl#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StepStimulusImpl#getAmplitudes <em>Amplitudes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepStimulusImpl extends StimulusImpl implements StepStimulus {
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
	 * The cached value of the '{@link #getAmplitudes() <em>Amplitudes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmplitudes()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> amplitudes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepStimulusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STEP_STIMULUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getTimes() {
		if (times == null) {
			times = new EDataTypeEList<Double>(Double.class, this, ModelPackage.STEP_STIMULUS__TIMES);
		}
		return times;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getAmplitudes() {
		if (amplitudes == null) {
			amplitudes = new EDataTypeEList<Double>(Double.class, this, ModelPackage.STEP_STIMULUS__AMPLITUDES);
		}
		return amplitudes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STEP_STIMULUS__TIMES:
				return getTimes();
			case ModelPackage.STEP_STIMULUS__AMPLITUDES:
				return getAmplitudes();
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
			case ModelPackage.STEP_STIMULUS__TIMES:
				getTimes().clear();
				getTimes().addAll((Collection<? extends Double>)newValue);
				return;
			case ModelPackage.STEP_STIMULUS__AMPLITUDES:
				getAmplitudes().clear();
				getAmplitudes().addAll((Collection<? extends Double>)newValue);
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
			case ModelPackage.STEP_STIMULUS__TIMES:
				getTimes().clear();
				return;
			case ModelPackage.STEP_STIMULUS__AMPLITUDES:
				getAmplitudes().clear();
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
			case ModelPackage.STEP_STIMULUS__TIMES:
				return times != null && !times.isEmpty();
			case ModelPackage.STEP_STIMULUS__AMPLITUDES:
				return amplitudes != null && !amplitudes.isEmpty();
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
		result.append(", amplitudes: ");
		result.append(amplitudes);
		result.append(')');
		return result.toString();
	}

} //StepStimulusImpl
