/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.ShortTermPlasticity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Short Term Plasticity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.ShortTermPlasticityImpl#getU <em>U</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ShortTermPlasticityImpl#getTauRec <em>Tau Rec</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ShortTermPlasticityImpl#getTauFac <em>Tau Fac</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShortTermPlasticityImpl extends PlasticityImpl implements ShortTermPlasticity {
	/**
	 * The default value of the '{@link #getU() <em>U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getU()
	 * @generated
	 * @ordered
	 */
	protected static final double U_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getU() <em>U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getU()
	 * @generated
	 * @ordered
	 */
	protected double u = U_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauRec() <em>Tau Rec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauRec()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_REC_EDEFAULT = 800.0;

	/**
	 * The cached value of the '{@link #getTauRec() <em>Tau Rec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauRec()
	 * @generated
	 * @ordered
	 */
	protected double tauRec = TAU_REC_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauFac() <em>Tau Fac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauFac()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_FAC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTauFac() <em>Tau Fac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauFac()
	 * @generated
	 * @ordered
	 */
	protected double tauFac = TAU_FAC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShortTermPlasticityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SHORT_TERM_PLASTICITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getU() {
		return u;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setU(double newU) {
		double oldU = u;
		u = newU;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHORT_TERM_PLASTICITY__U, oldU, u));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauRec() {
		return tauRec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauRec(double newTauRec) {
		double oldTauRec = tauRec;
		tauRec = newTauRec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHORT_TERM_PLASTICITY__TAU_REC, oldTauRec, tauRec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauFac() {
		return tauFac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauFac(double newTauFac) {
		double oldTauFac = tauFac;
		tauFac = newTauFac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SHORT_TERM_PLASTICITY__TAU_FAC, oldTauFac, tauFac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SHORT_TERM_PLASTICITY__U:
				return getU();
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_REC:
				return getTauRec();
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_FAC:
				return getTauFac();
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
			case ModelPackage.SHORT_TERM_PLASTICITY__U:
				setU((Double)newValue);
				return;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_REC:
				setTauRec((Double)newValue);
				return;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_FAC:
				setTauFac((Double)newValue);
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
			case ModelPackage.SHORT_TERM_PLASTICITY__U:
				setU(U_EDEFAULT);
				return;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_REC:
				setTauRec(TAU_REC_EDEFAULT);
				return;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_FAC:
				setTauFac(TAU_FAC_EDEFAULT);
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
			case ModelPackage.SHORT_TERM_PLASTICITY__U:
				return u != U_EDEFAULT;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_REC:
				return tauRec != TAU_REC_EDEFAULT;
			case ModelPackage.SHORT_TERM_PLASTICITY__TAU_FAC:
				return tauFac != TAU_FAC_EDEFAULT;
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
		result.append(" (u: ");
		result.append(u);
		result.append(", tauRec: ");
		result.append(tauRec);
		result.append(", tauFac: ");
		result.append(tauFac);
		result.append(')');
		return result.toString();
	}

} //ShortTermPlasticityImpl
