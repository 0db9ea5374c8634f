/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ad Ex</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getCm <em>Cm</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getGL <em>GL</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getEL <em>EL</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getVT <em>VT</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getDeltaT <em>Delta T</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getA <em>A</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getB <em>B</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getTauW <em>Tau W</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getVReset <em>VReset</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getVPeak <em>VPeak</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getTRef <em>TRef</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.AdExImpl#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdExImpl extends NeuronModelImpl implements AdEx {
	/**
	 * The default value of the '{@link #getCm() <em>Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCm()
	 * @generated
	 * @ordered
	 */
	protected static final double CM_EDEFAULT = 281.0;

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
	protected static final double GL_EDEFAULT = 30.0;

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
	protected static final double EL_EDEFAULT = -70.6;

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
	 * The default value of the '{@link #getVT() <em>VT</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVT()
	 * @generated
	 * @ordered
	 */
	protected static final double VT_EDEFAULT = -50.4;

	/**
	 * The cached value of the '{@link #getVT() <em>VT</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVT()
	 * @generated
	 * @ordered
	 */
	protected double vT = VT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeltaT() <em>Delta T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaT()
	 * @generated
	 * @ordered
	 */
	protected static final double DELTA_T_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getDeltaT() <em>Delta T</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaT()
	 * @generated
	 * @ordered
	 */
	protected double deltaT = DELTA_T_EDEFAULT;

	/**
	 * The default value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected static final double A_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected double a = A_EDEFAULT;

	/**
	 * The default value of the '{@link #getB() <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB()
	 * @generated
	 * @ordered
	 */
	protected static final double B_EDEFAULT = 80.5;

	/**
	 * The cached value of the '{@link #getB() <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getB()
	 * @generated
	 * @ordered
	 */
	protected double b = B_EDEFAULT;

	/**
	 * The default value of the '{@link #getTauW() <em>Tau W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauW()
	 * @generated
	 * @ordered
	 */
	protected static final double TAU_W_EDEFAULT = 144.0;

	/**
	 * The cached value of the '{@link #getTauW() <em>Tau W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTauW()
	 * @generated
	 * @ordered
	 */
	protected double tauW = TAU_W_EDEFAULT;

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
	 * The default value of the '{@link #getVPeak() <em>VPeak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVPeak()
	 * @generated
	 * @ordered
	 */
	protected static final double VPEAK_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVPeak() <em>VPeak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVPeak()
	 * @generated
	 * @ordered
	 */
	protected double vPeak = VPEAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getTRef() <em>TRef</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTRef()
	 * @generated
	 * @ordered
	 */
	protected static final double TREF_EDEFAULT = 0.0;

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
	protected AdExImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.AD_EX;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__CM, oldCm, cm));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__GL, oldGL, gL));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__EL, oldEL, eL));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVT() {
		return vT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVT(double newVT) {
		double oldVT = vT;
		vT = newVT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__VT, oldVT, vT));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeltaT() {
		return deltaT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeltaT(double newDeltaT) {
		double oldDeltaT = deltaT;
		deltaT = newDeltaT;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__DELTA_T, oldDeltaT, deltaT));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getA() {
		return a;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setA(double newA) {
		double oldA = a;
		a = newA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__A, oldA, a));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getB() {
		return b;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setB(double newB) {
		double oldB = b;
		b = newB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__B, oldB, b));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTauW() {
		return tauW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTauW(double newTauW) {
		double oldTauW = tauW;
		tauW = newTauW;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__TAU_W, oldTauW, tauW));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__VRESET, oldVReset, vReset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVPeak() {
		return vPeak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVPeak(double newVPeak) {
		double oldVPeak = vPeak;
		vPeak = newVPeak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__VPEAK, oldVPeak, vPeak));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__TREF, oldTRef, tRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AD_EX__IE, oldIE, iE));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.AD_EX__CM:
				return getCm();
			case ModelPackage.AD_EX__GL:
				return getGL();
			case ModelPackage.AD_EX__EL:
				return getEL();
			case ModelPackage.AD_EX__VT:
				return getVT();
			case ModelPackage.AD_EX__DELTA_T:
				return getDeltaT();
			case ModelPackage.AD_EX__A:
				return getA();
			case ModelPackage.AD_EX__B:
				return getB();
			case ModelPackage.AD_EX__TAU_W:
				return getTauW();
			case ModelPackage.AD_EX__VRESET:
				return getVReset();
			case ModelPackage.AD_EX__VPEAK:
				return getVPeak();
			case ModelPackage.AD_EX__TREF:
				return getTRef();
			case ModelPackage.AD_EX__IE:
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
			case ModelPackage.AD_EX__CM:
				setCm((Double)newValue);
				return;
			case ModelPackage.AD_EX__GL:
				setGL((Double)newValue);
				return;
			case ModelPackage.AD_EX__EL:
				setEL((Double)newValue);
				return;
			case ModelPackage.AD_EX__VT:
				setVT((Double)newValue);
				return;
			case ModelPackage.AD_EX__DELTA_T:
				setDeltaT((Double)newValue);
				return;
			case ModelPackage.AD_EX__A:
				setA((Double)newValue);
				return;
			case ModelPackage.AD_EX__B:
				setB((Double)newValue);
				return;
			case ModelPackage.AD_EX__TAU_W:
				setTauW((Double)newValue);
				return;
			case ModelPackage.AD_EX__VRESET:
				setVReset((Double)newValue);
				return;
			case ModelPackage.AD_EX__VPEAK:
				setVPeak((Double)newValue);
				return;
			case ModelPackage.AD_EX__TREF:
				setTRef((Double)newValue);
				return;
			case ModelPackage.AD_EX__IE:
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
			case ModelPackage.AD_EX__CM:
				setCm(CM_EDEFAULT);
				return;
			case ModelPackage.AD_EX__GL:
				setGL(GL_EDEFAULT);
				return;
			case ModelPackage.AD_EX__EL:
				setEL(EL_EDEFAULT);
				return;
			case ModelPackage.AD_EX__VT:
				setVT(VT_EDEFAULT);
				return;
			case ModelPackage.AD_EX__DELTA_T:
				setDeltaT(DELTA_T_EDEFAULT);
				return;
			case ModelPackage.AD_EX__A:
				setA(A_EDEFAULT);
				return;
			case ModelPackage.AD_EX__B:
				setB(B_EDEFAULT);
				return;
			case ModelPackage.AD_EX__TAU_W:
				setTauW(TAU_W_EDEFAULT);
				return;
			case ModelPackage.AD_EX__VRESET:
				setVReset(VRESET_EDEFAULT);
				return;
			case ModelPackage.AD_EX__VPEAK:
				setVPeak(VPEAK_EDEFAULT);
				return;
			case ModelPackage.AD_EX__TREF:
				setTRef(TREF_EDEFAULT);
				return;
			case ModelPackage.AD_EX__IE:
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
			case ModelPackage.AD_EX__CM:
				return cm != CM_EDEFAULT;
			case ModelPackage.AD_EX__GL:
				return gL != GL_EDEFAULT;
			case ModelPackage.AD_EX__EL:
				return eL != EL_EDEFAULT;
			case ModelPackage.AD_EX__VT:
				return vT != VT_EDEFAULT;
			case ModelPackage.AD_EX__DELTA_T:
				return deltaT != DELTA_T_EDEFAULT;
			case ModelPackage.AD_EX__A:
				return a != A_EDEFAULT;
			case ModelPackage.AD_EX__B:
				return b != B_EDEFAULT;
			case ModelPackage.AD_EX__TAU_W:
				return tauW != TAU_W_EDEFAULT;
			case ModelPackage.AD_EX__VRESET:
				return vReset != VRESET_EDEFAULT;
			case ModelPackage.AD_EX__VPEAK:
				return vPeak != VPEAK_EDEFAULT;
			case ModelPackage.AD_EX__TREF:
				return tRef != TREF_EDEFAULT;
			case ModelPackage.AD_EX__IE:
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
		result.append(", vT: ");
		result.append(vT);
		result.append(", deltaT: ");
		result.append(deltaT);
		result.append(", a: ");
		result.append(a);
		result.append(", b: ");
		result.append(b);
		result.append(", tauW: ");
		result.append(tauW);
		result.append(", vReset: ");
		result.append(vReset);
		result.append(", vPeak: ");
		result.append(vPeak);
		result.append(", tRef: ");
		result.append(tRef);
		result.append(", iE: ");
		result.append(iE);
		result.append(')');
		return result.toString();
	}

} //AdExImpl
