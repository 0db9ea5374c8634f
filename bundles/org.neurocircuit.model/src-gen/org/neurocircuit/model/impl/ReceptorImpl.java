/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Receptor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.ReceptorImpl#getSign <em>Sign</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ReceptorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ReceptorImpl#getKinetics <em>Kinetics</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ReceptorImpl#getTauSyn <em>Tau Syn</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ReceptorImpl#getERev <em>ERev</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReceptorImpl extends EObjectImpl implements Receptor {
	/**
	 * The default value of the '{@link #getSign() <em>Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSign()
	 * @generated
	 * @ordered
	 */
	protected static final ReceptorSign SIGN_EDEFAULT = ReceptorSign.EXCITATORY;

	/**
	 * The cached value of the '{@link #getSign() <em>Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSign()
	 * @generated
	 * @ordered
	 */
	protected ReceptorSign sign = SIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReceptorKind KIND_EDEFAULT = ReceptorKind.CURRENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReceptorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getKinetics() <em>Kinetics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinetics()
	 * @generated
	 * @ordered
	 */
	protected static final SynapseKinetics KINETICS_EDEFAULT = SynapseKinetics.EXPONENTIAL;

	/**
	 * The cached value of the '{@link #getKinetics() <em>Kinetics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinetics()
	 * @generated
	 * @ordered
	 */
	protected SynapseKinetics kinetics = KINETICS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauSyn() <em>Tau Syn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauSyn()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_SYN_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getTauSyn() <em>Tau Syn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauSyn()
	 * @generated
	 * @ordered
	 */
	protected double tauSyn = TAU_SYN_EDEFAULT;

	/**
	 * The default value of the '{@link #getERev() <em>ERev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getERev()
	 * @generated
	 * @ordered
	 */
	protected static final double EREV_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getERev() <em>ERev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getERev()
	 * @generated
	 * @ordered
	 */
	protected double eRev = EREV_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReceptorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RECEPTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReceptorSign getSign() {
		return sign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSign(ReceptorSign newSign) {
		ReceptorSign oldSign = sign;
		sign = newSign == null ? SIGN_EDEFAULT : newSign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECEPTOR__SIGN, oldSign, sign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReceptorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReceptorKind newKind) {
		ReceptorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECEPTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SynapseKinetics getKinetics() {
		return kinetics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKinetics(SynapseKinetics newKinetics) {
		SynapseKinetics oldKinetics = kinetics;
		kinetics = newKinetics == null ? KINETICS_EDEFAULT : newKinetics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECEPTOR__KINETICS, oldKinetics, kinetics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauSyn() {
		return tauSyn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauSyn(double newTauSyn) {
		double oldTauSyn = tauSyn;
		tauSyn = newTauSyn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECEPTOR__TAU_SYN, oldTauSyn, tauSyn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getERev() {
		return eRev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setERev(double newERev) {
		double oldERev = eRev;
		eRev = newERev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECEPTOR__EREV, oldERev, eRev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RECEPTOR__SIGN:
				return getSign();
			case ModelPackage.RECEPTOR__KIND:
				return getKind();
			case ModelPackage.RECEPTOR__KINETICS:
				return getKinetics();
			case ModelPackage.RECEPTOR__TAU_SYN:
				return getTauSyn();
			case ModelPackage.RECEPTOR__EREV:
				return getERev();
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
			case ModelPackage.RECEPTOR__SIGN:
				setSign((ReceptorSign)newValue);
				return;
			case ModelPackage.RECEPTOR__KIND:
				setKind((ReceptorKind)newValue);
				return;
			case ModelPackage.RECEPTOR__KINETICS:
				setKinetics((SynapseKinetics)newValue);
				return;
			case ModelPackage.RECEPTOR__TAU_SYN:
				setTauSyn((Double)newValue);
				return;
			case ModelPackage.RECEPTOR__EREV:
				setERev((Double)newValue);
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
			case ModelPackage.RECEPTOR__SIGN:
				setSign(SIGN_EDEFAULT);
				return;
			case ModelPackage.RECEPTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.RECEPTOR__KINETICS:
				setKinetics(KINETICS_EDEFAULT);
				return;
			case ModelPackage.RECEPTOR__TAU_SYN:
				setTauSyn(TAU_SYN_EDEFAULT);
				return;
			case ModelPackage.RECEPTOR__EREV:
				setERev(EREV_EDEFAULT);
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
			case ModelPackage.RECEPTOR__SIGN:
				return sign != SIGN_EDEFAULT;
			case ModelPackage.RECEPTOR__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.RECEPTOR__KINETICS:
				return kinetics != KINETICS_EDEFAULT;
			case ModelPackage.RECEPTOR__TAU_SYN:
				return tauSyn != TAU_SYN_EDEFAULT;
			case ModelPackage.RECEPTOR__EREV:
				return eRev != EREV_EDEFAULT;
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
		result.append(" (sign: ");
		result.append(sign);
		result.append(", kind: ");
		result.append(kind);
		result.append(", kinetics: ");
		result.append(kinetics);
		result.append(", tauSyn: ");
		result.append(tauSyn);
		result.append(", eRev: ");
		result.append(eRev);
		result.append(')');
		return result.toString();
	}

} //ReceptorImpl
