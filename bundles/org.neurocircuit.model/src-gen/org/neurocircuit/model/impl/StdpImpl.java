/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.StdpWeightDependence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stdp</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getWeightDependence <em>Weight Dependence</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getTauPlus <em>Tau Plus</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getTauMinus <em>Tau Minus</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getAPlus <em>APlus</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getAMinus <em>AMinus</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getWMin <em>WMin</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.StdpImpl#getWMax <em>WMax</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StdpImpl extends PlasticityImpl implements Stdp {
	/**
	 * The default value of the '{@link #getWeightDependence() <em>Weight Dependence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDependence()
	 * @generated
	 * @ordered
	 */
	protected static final StdpWeightDependence WEIGHT_DEPENDENCE_EDEFAULT = StdpWeightDependence.ADDITIVE;

	/**
	 * The cached value of the '{@link #getWeightDependence() <em>Weight Dependence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDependence()
	 * @generated
	 * @ordered
	 */
	protected StdpWeightDependence weightDependence = WEIGHT_DEPENDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauPlus() <em>Tau Plus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauPlus()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_PLUS_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getTauPlus() <em>Tau Plus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauPlus()
	 * @generated
	 * @ordered
	 */
	protected double tauPlus = TAU_PLUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauMinus() <em>Tau Minus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauMinus()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_MINUS_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getTauMinus() <em>Tau Minus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauMinus()
	 * @generated
	 * @ordered
	 */
	protected double tauMinus = TAU_MINUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAPlus() <em>APlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAPlus()
	 * @generated
	 * @ordered
	 */
	protected static final double APLUS_EDEFAULT = 0.005;

	/**
	 * The cached value of the '{@link #getAPlus() <em>APlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAPlus()
	 * @generated
	 * @ordered
	 */
	protected double aPlus = APLUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAMinus() <em>AMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAMinus()
	 * @generated
	 * @ordered
	 */
	protected static final double AMINUS_EDEFAULT = 0.00525;

	/**
	 * The cached value of the '{@link #getAMinus() <em>AMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAMinus()
	 * @generated
	 * @ordered
	 */
	protected double aMinus = AMINUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWMin() <em>WMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWMin()
	 * @generated
	 * @ordered
	 */
	protected static final double WMIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWMin() <em>WMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWMin()
	 * @generated
	 * @ordered
	 */
	protected double wMin = WMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWMax() <em>WMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWMax()
	 * @generated
	 * @ordered
	 */
	protected static final double WMAX_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWMax() <em>WMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWMax()
	 * @generated
	 * @ordered
	 */
	protected double wMax = WMAX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StdpImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STDP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StdpWeightDependence getWeightDependence() {
		return weightDependence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDependence(StdpWeightDependence newWeightDependence) {
		StdpWeightDependence oldWeightDependence = weightDependence;
		weightDependence = newWeightDependence == null ? WEIGHT_DEPENDENCE_EDEFAULT : newWeightDependence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__WEIGHT_DEPENDENCE, oldWeightDependence, weightDependence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauPlus() {
		return tauPlus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauPlus(double newTauPlus) {
		double oldTauPlus = tauPlus;
		tauPlus = newTauPlus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__TAU_PLUS, oldTauPlus, tauPlus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauMinus() {
		return tauMinus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauMinus(double newTauMinus) {
		double oldTauMinus = tauMinus;
		tauMinus = newTauMinus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__TAU_MINUS, oldTauMinus, tauMinus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAPlus() {
		return aPlus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAPlus(double newAPlus) {
		double oldAPlus = aPlus;
		aPlus = newAPlus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__APLUS, oldAPlus, aPlus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAMinus() {
		return aMinus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAMinus(double newAMinus) {
		double oldAMinus = aMinus;
		aMinus = newAMinus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__AMINUS, oldAMinus, aMinus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWMin() {
		return wMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWMin(double newWMin) {
		double oldWMin = wMin;
		wMin = newWMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__WMIN, oldWMin, wMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWMax() {
		return wMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWMax(double newWMax) {
		double oldWMax = wMax;
		wMax = newWMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STDP__WMAX, oldWMax, wMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STDP__WEIGHT_DEPENDENCE:
				return getWeightDependence();
			case ModelPackage.STDP__TAU_PLUS:
				return getTauPlus();
			case ModelPackage.STDP__TAU_MINUS:
				return getTauMinus();
			case ModelPackage.STDP__APLUS:
				return getAPlus();
			case ModelPackage.STDP__AMINUS:
				return getAMinus();
			case ModelPackage.STDP__WMIN:
				return getWMin();
			case ModelPackage.STDP__WMAX:
				return getWMax();
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
			case ModelPackage.STDP__WEIGHT_DEPENDENCE:
				setWeightDependence((StdpWeightDependence)newValue);
				return;
			case ModelPackage.STDP__TAU_PLUS:
				setTauPlus((Double)newValue);
				return;
			case ModelPackage.STDP__TAU_MINUS:
				setTauMinus((Double)newValue);
				return;
			case ModelPackage.STDP__APLUS:
				setAPlus((Double)newValue);
				return;
			case ModelPackage.STDP__AMINUS:
				setAMinus((Double)newValue);
				return;
			case ModelPackage.STDP__WMIN:
				setWMin((Double)newValue);
				return;
			case ModelPackage.STDP__WMAX:
				setWMax((Double)newValue);
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
			case ModelPackage.STDP__WEIGHT_DEPENDENCE:
				setWeightDependence(WEIGHT_DEPENDENCE_EDEFAULT);
				return;
			case ModelPackage.STDP__TAU_PLUS:
				setTauPlus(TAU_PLUS_EDEFAULT);
				return;
			case ModelPackage.STDP__TAU_MINUS:
				setTauMinus(TAU_MINUS_EDEFAULT);
				return;
			case ModelPackage.STDP__APLUS:
				setAPlus(APLUS_EDEFAULT);
				return;
			case ModelPackage.STDP__AMINUS:
				setAMinus(AMINUS_EDEFAULT);
				return;
			case ModelPackage.STDP__WMIN:
				setWMin(WMIN_EDEFAULT);
				return;
			case ModelPackage.STDP__WMAX:
				setWMax(WMAX_EDEFAULT);
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
			case ModelPackage.STDP__WEIGHT_DEPENDENCE:
				return weightDependence != WEIGHT_DEPENDENCE_EDEFAULT;
			case ModelPackage.STDP__TAU_PLUS:
				return tauPlus != TAU_PLUS_EDEFAULT;
			case ModelPackage.STDP__TAU_MINUS:
				return tauMinus != TAU_MINUS_EDEFAULT;
			case ModelPackage.STDP__APLUS:
				return aPlus != APLUS_EDEFAULT;
			case ModelPackage.STDP__AMINUS:
				return aMinus != AMINUS_EDEFAULT;
			case ModelPackage.STDP__WMIN:
				return wMin != WMIN_EDEFAULT;
			case ModelPackage.STDP__WMAX:
				return wMax != WMAX_EDEFAULT;
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
		result.append(" (weightDependence: ");
		result.append(weightDependence);
		result.append(", tauPlus: ");
		result.append(tauPlus);
		result.append(", tauMinus: ");
		result.append(tauMinus);
		result.append(", aPlus: ");
		result.append(aPlus);
		result.append(", aMinus: ");
		result.append(aMinus);
		result.append(", wMin: ");
		result.append(wMin);
		result.append(", wMax: ");
		result.append(wMax);
		result.append(')');
		return result.toString();
	}

} //StdpImpl
