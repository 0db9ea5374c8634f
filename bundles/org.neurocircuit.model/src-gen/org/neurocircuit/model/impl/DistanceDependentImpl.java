/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Distance Dependent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.DistanceDependentImpl#getP0 <em>P0</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DistanceDependentImpl#getSigma <em>Sigma</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DistanceDependentImpl#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DistanceDependentImpl extends ConnectionRuleImpl implements DistanceDependent {
	/**
	 * The default value of the '{@link #getP0() <em>P0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP0()
	 * @generated
	 * @ordered
	 */
	protected static final double P0_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getP0() <em>P0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP0()
	 * @generated
	 * @ordered
	 */
	protected double p0 = P0_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigma() <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigma()
	 * @generated
	 * @ordered
	 */
	protected static final double SIGMA_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getSigma() <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigma()
	 * @generated
	 * @ordered
	 */
	protected double sigma = SIGMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected static final DistanceProfile PROFILE_EDEFAULT = DistanceProfile.GAUSSIAN;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected DistanceProfile profile = PROFILE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistanceDependentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DISTANCE_DEPENDENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getP0() {
		return p0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP0(double newP0) {
		double oldP0 = p0;
		p0 = newP0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DISTANCE_DEPENDENT__P0, oldP0, p0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSigma() {
		return sigma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigma(double newSigma) {
		double oldSigma = sigma;
		sigma = newSigma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DISTANCE_DEPENDENT__SIGMA, oldSigma, sigma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistanceProfile getProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(DistanceProfile newProfile) {
		DistanceProfile oldProfile = profile;
		profile = newProfile == null ? PROFILE_EDEFAULT : newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DISTANCE_DEPENDENT__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.DISTANCE_DEPENDENT__P0:
				return getP0();
			case ModelPackage.DISTANCE_DEPENDENT__SIGMA:
				return getSigma();
			case ModelPackage.DISTANCE_DEPENDENT__PROFILE:
				return getProfile();
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
			case ModelPackage.DISTANCE_DEPENDENT__P0:
				setP0((Double)newValue);
				return;
			case ModelPackage.DISTANCE_DEPENDENT__SIGMA:
				setSigma((Double)newValue);
				return;
			case ModelPackage.DISTANCE_DEPENDENT__PROFILE:
				setProfile((DistanceProfile)newValue);
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
			case ModelPackage.DISTANCE_DEPENDENT__P0:
				setP0(P0_EDEFAULT);
				return;
			case ModelPackage.DISTANCE_DEPENDENT__SIGMA:
				setSigma(SIGMA_EDEFAULT);
				return;
			case ModelPackage.DISTANCE_DEPENDENT__PROFILE:
				setProfile(PROFILE_EDEFAULT);
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
			case ModelPackage.DISTANCE_DEPENDENT__P0:
				return p0 != P0_EDEFAULT;
			case ModelPackage.DISTANCE_DEPENDENT__SIGMA:
				return sigma != SIGMA_EDEFAULT;
			case ModelPackage.DISTANCE_DEPENDENT__PROFILE:
				return profile != PROFILE_EDEFAULT;
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
		result.append(" (p0: ");
		result.append(p0);
		result.append(", sigma: ");
		result.append(sigma);
		result.append(", profile: ");
		result.append(profile);
		result.append(')');
		return result.toString();
	}

} //DistanceDependentImpl
