/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lif Conductance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getCm <em>Cm</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getGL <em>GL</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getEL <em>EL</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getVTh <em>VTh</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getVReset <em>VReset</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getTRef <em>TRef</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.LifConductanceImpl#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifConductanceImpl extends NeuronModelImpl implements LifConductance {
	/**
	 * The default value of the '{@link #getCm() <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCm()
	 * @generated
	 * @ordered
	 */
	protected static final double CM_EDEFAULT = 250.0;

	/**
	 * The cached value of the '{@link #getCm() <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCm()
	 * @generated
	 * @ordered
	 */
	protected double cm = CM_EDEFAULT;

	/**
	 * The default value of the '{@link #getGL() <em>GL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGL()
	 * @generated
	 * @ordered
	 */
	protected static final double GL_EDEFAULT = 16.6667;

	/**
	 * The cached value of the '{@link #getGL() <em>GL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGL()
	 * @generated
	 * @ordered
	 */
	protected double gL = GL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEL() <em>EL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEL()
	 * @generated
	 * @ordered
	 */
	protected static final double EL_EDEFAULT = -70.0;

	/**
	 * The cached value of the '{@link #getEL() <em>EL</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEL()
	 * @generated
	 * @ordered
	 */
	protected double eL = EL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVTh() <em>VTh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVTh()
	 * @generated
	 * @ordered
	 */
	protected static final double VTH_EDEFAULT = -55.0;

	/**
	 * The cached value of the '{@link #getVTh() <em>VTh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVTh()
	 * @generated
	 * @ordered
	 */
	protected double vTh = VTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getVReset() <em>VReset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVReset()
	 * @generated
	 * @ordered
	 */
	protected static final double VRESET_EDEFAULT = -60.0;

	/**
	 * The cached value of the '{@link #getVReset() <em>VReset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVReset()
	 * @generated
	 * @ordered
	 */
	protected double vReset = VRESET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTRef() <em>TRef</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTRef()
	 * @generated
	 * @ordered
	 */
	protected static final double TREF_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getTRef() <em>TRef</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTRef()
	 * @generated
	 * @ordered
	 */
	protected double tRef = TREF_EDEFAULT;

	/**
	 * The default value of the '{@link #getIE() <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIE()
	 * @generated
	 * @ordered
	 */
	protected static final double IE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIE() <em>IE</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIE()
	 * @generated
	 * @ordered
	 */
	protected double iE = IE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifConductanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LIF_CONDUCTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCm() {
		return cm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCm(double newCm) {
		double oldCm = cm;
		cm = newCm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__CM, oldCm, cm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGL() {
		return gL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGL(double newGL) {
		double oldGL = gL;
		gL = newGL;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__GL, oldGL, gL));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEL() {
		return eL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEL(double newEL) {
		double oldEL = eL;
		eL = newEL;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__EL, oldEL, eL));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVTh() {
		return vTh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVTh(double newVTh) {
		double oldVTh = vTh;
		vTh = newVTh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__VTH, oldVTh, vTh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVReset() {
		return vReset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVReset(double newVReset) {
		double oldVReset = vReset;
		vReset = newVReset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__VRESET, oldVReset, vReset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTRef() {
		return tRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTRef(double newTRef) {
		double oldTRef = tRef;
		tRef = newTRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__TREF, oldTRef, tRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIE() {
		return iE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIE(double newIE) {
		double oldIE = iE;
		iE = newIE;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LIF_CONDUCTANCE__IE, oldIE, iE));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LIF_CONDUCTANCE__CM:
				return getCm();
			case ModelPackage.LIF_CONDUCTANCE__GL:
				return getGL();
			case ModelPackage.LIF_CONDUCTANCE__EL:
				return getEL();
			case ModelPackage.LIF_CONDUCTANCE__VTH:
				return getVTh();
			case ModelPackage.LIF_CONDUCTANCE__VRESET:
				return getVReset();
			case ModelPackage.LIF_CONDUCTANCE__TREF:
				return getTRef();
			case ModelPackage.LIF_CONDUCTANCE__IE:
				return getIE();
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
			case ModelPackage.LIF_CONDUCTANCE__CM:
				setCm((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__GL:
				setGL((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__EL:
				setEL((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__VTH:
				setVTh((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__VRESET:
				setVReset((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__TREF:
				setTRef((Double)newValue);
				return;
			case ModelPackage.LIF_CONDUCTANCE__IE:
				setIE((Double)newValue);
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
			case ModelPackage.LIF_CONDUCTANCE__CM:
				setCm(CM_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__GL:
				setGL(GL_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__EL:
				setEL(EL_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__VTH:
				setVTh(VTH_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__VRESET:
				setVReset(VRESET_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__TREF:
				setTRef(TREF_EDEFAULT);
				return;
			case ModelPackage.LIF_CONDUCTANCE__IE:
				setIE(IE_EDEFAULT);
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
			case ModelPackage.LIF_CONDUCTANCE__CM:
				return cm != CM_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__GL:
				return gL != GL_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__EL:
				return eL != EL_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__VTH:
				return vTh != VTH_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__VRESET:
				return vReset != VRESET_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__TREF:
				return tRef != TREF_EDEFAULT;
			case ModelPackage.LIF_CONDUCTANCE__IE:
				return iE != IE_EDEFAULT;
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
		result.append(" (cm: ");
		result.append(cm);
		result.append(", gL: ");
		result.append(gL);
		result.append(", eL: ");
		result.append(eL);
		result.append(", vTh: ");
		result.append(vTh);
		result.append(", vReset: ");
		result.append(vReset);
		result.append(", tRef: ");
		result.append(tRef);
		result.append(", iE: ");
		result.append(iE);
		result.append(')');
		return result.toString();
	}

} //LifConductanceImpl
