/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.RandomBoxLayout;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Random Box Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.RandomBoxLayoutImpl#getExtentX <em>Extent X</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RandomBoxLayoutImpl#getExtentY <em>Extent Y</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RandomBoxLayoutImpl#getExtentZ <em>Extent Z</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RandomBoxLayoutImpl extends SpatialLayoutImpl implements RandomBoxLayout {
	/**
	 * The default value of the '{@link #getExtentX() <em>Extent X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentX()
	 * @generated
	 * @ordered
	 */
	protected static final double EXTENT_X_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getExtentX() <em>Extent X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentX()
	 * @generated
	 * @ordered
	 */
	protected double extentX = EXTENT_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtentY() <em>Extent Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentY()
	 * @generated
	 * @ordered
	 */
	protected static final double EXTENT_Y_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getExtentY() <em>Extent Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentY()
	 * @generated
	 * @ordered
	 */
	protected double extentY = EXTENT_Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtentZ() <em>Extent Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentZ()
	 * @generated
	 * @ordered
	 */
	protected static final double EXTENT_Z_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExtentZ() <em>Extent Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtentZ()
	 * @generated
	 * @ordered
	 */
	protected double extentZ = EXTENT_Z_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RandomBoxLayoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RANDOM_BOX_LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExtentX() {
		return extentX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtentX(double newExtentX) {
		double oldExtentX = extentX;
		extentX = newExtentX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_X, oldExtentX, extentX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExtentY() {
		return extentY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtentY(double newExtentY) {
		double oldExtentY = extentY;
		extentY = newExtentY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Y, oldExtentY, extentY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExtentZ() {
		return extentZ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtentZ(double newExtentZ) {
		double oldExtentZ = extentZ;
		extentZ = newExtentZ;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Z, oldExtentZ, extentZ));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_X:
				return getExtentX();
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Y:
				return getExtentY();
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Z:
				return getExtentZ();
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
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_X:
				setExtentX((Double)newValue);
				return;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Y:
				setExtentY((Double)newValue);
				return;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Z:
				setExtentZ((Double)newValue);
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
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_X:
				setExtentX(EXTENT_X_EDEFAULT);
				return;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Y:
				setExtentY(EXTENT_Y_EDEFAULT);
				return;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Z:
				setExtentZ(EXTENT_Z_EDEFAULT);
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
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_X:
				return extentX != EXTENT_X_EDEFAULT;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Y:
				return extentY != EXTENT_Y_EDEFAULT;
			case ModelPackage.RANDOM_BOX_LAYOUT__EXTENT_Z:
				return extentZ != EXTENT_Z_EDEFAULT;
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
		result.append(" (extentX: ");
		result.append(extentX);
		result.append(", extentY: ");
		result.append(extentY);
		result.append(", extentZ: ");
		result.append(extentZ);
		result.append(')');
		return result.toString();
	}

} //RandomBoxLayoutImpl
