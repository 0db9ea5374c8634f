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
import org.neurocircuit.model.SpatialLayout;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spatial Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.SpatialLayoutImpl#getCenterX <em>Center X</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpatialLayoutImpl#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpatialLayoutImpl#getCenterZ <em>Center Z</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.SpatialLayoutImpl#isPeriodic <em>Periodic</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SpatialLayoutImpl extends EObjectImpl implements SpatialLayout {
	/**
	 * The default value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected static final double CENTER_X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected double centerX = CENTER_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected static final double CENTER_Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected double centerY = CENTER_Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterZ() <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterZ()
	 * @generated
	 * @ordered
	 */
	protected static final double CENTER_Z_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCenterZ() <em>Center Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterZ()
	 * @generated
	 * @ordered
	 */
	protected double centerZ = CENTER_Z_EDEFAULT;

	/**
	 * The default value of the '{@link #isPeriodic() <em>Periodic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PERIODIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeriodic() <em>Periodic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeriodic()
	 * @generated
	 * @ordered
	 */
	protected boolean periodic = PERIODIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpatialLayoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPATIAL_LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCenterX() {
		return centerX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterX(double newCenterX) {
		double oldCenterX = centerX;
		centerX = newCenterX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPATIAL_LAYOUT__CENTER_X, oldCenterX, centerX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCenterY() {
		return centerY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterY(double newCenterY) {
		double oldCenterY = centerY;
		centerY = newCenterY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPATIAL_LAYOUT__CENTER_Y, oldCenterY, centerY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCenterZ() {
		return centerZ;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterZ(double newCenterZ) {
		double oldCenterZ = centerZ;
		centerZ = newCenterZ;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPATIAL_LAYOUT__CENTER_Z, oldCenterZ, centerZ));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeriodic() {
		return periodic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodic(boolean newPeriodic) {
		boolean oldPeriodic = periodic;
		periodic = newPeriodic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPATIAL_LAYOUT__PERIODIC, oldPeriodic, periodic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SPATIAL_LAYOUT__CENTER_X:
				return getCenterX();
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Y:
				return getCenterY();
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Z:
				return getCenterZ();
			case ModelPackage.SPATIAL_LAYOUT__PERIODIC:
				return isPeriodic();
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
			case ModelPackage.SPATIAL_LAYOUT__CENTER_X:
				setCenterX((Double)newValue);
				return;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Y:
				setCenterY((Double)newValue);
				return;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Z:
				setCenterZ((Double)newValue);
				return;
			case ModelPackage.SPATIAL_LAYOUT__PERIODIC:
				setPeriodic((Boolean)newValue);
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
			case ModelPackage.SPATIAL_LAYOUT__CENTER_X:
				setCenterX(CENTER_X_EDEFAULT);
				return;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Y:
				setCenterY(CENTER_Y_EDEFAULT);
				return;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Z:
				setCenterZ(CENTER_Z_EDEFAULT);
				return;
			case ModelPackage.SPATIAL_LAYOUT__PERIODIC:
				setPeriodic(PERIODIC_EDEFAULT);
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
			case ModelPackage.SPATIAL_LAYOUT__CENTER_X:
				return centerX != CENTER_X_EDEFAULT;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Y:
				return centerY != CENTER_Y_EDEFAULT;
			case ModelPackage.SPATIAL_LAYOUT__CENTER_Z:
				return centerZ != CENTER_Z_EDEFAULT;
			case ModelPackage.SPATIAL_LAYOUT__PERIODIC:
				return periodic != PERIODIC_EDEFAULT;
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
		result.append(" (centerX: ");
		result.append(centerX);
		result.append(", centerY: ");
		result.append(centerY);
		result.append(", centerZ: ");
		result.append(centerZ);
		result.append(", periodic: ");
		result.append(periodic);
		result.append(')');
		return result.toString();
	}

} //SpatialLayoutImpl
