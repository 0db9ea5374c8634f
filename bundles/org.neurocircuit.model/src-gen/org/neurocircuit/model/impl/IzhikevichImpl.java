/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Izhikevich</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getA <em>A</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getB <em>B</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getC <em>C</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getD <em>D</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getVPeak <em>VPeak</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.IzhikevichImpl#getIE <em>IE</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IzhikevichImpl extends NeuronModelImpl implements Izhikevich {
	/**
	 * The default value of the '{@link #getA() <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA()
	 * @generated
	 * @ordered
	 */
	protected static final double A_EDEFAULT = 0.02;

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
	protected static final double B_EDEFAULT = 0.2;

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
	 * The default value of the '{@link #getC() <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC()
	 * @generated
	 * @ordered
	 */
	protected static final double C_EDEFAULT = -65.0;

	/**
	 * The cached value of the '{@link #getC() <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getC()
	 * @generated
	 * @ordered
	 */
	protected double c = C_EDEFAULT;

	/**
	 * The default value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected static final double D_EDEFAULT = 8.0;

	/**
	 * The cached value of the '{@link #getD() <em>D</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getD()
	 * @generated
	 * @ordered
	 */
	protected double d = D_EDEFAULT;

	/**
	 * The default value of the '{@link #getVPeak() <em>VPeak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVPeak()
	 * @generated
	 * @ordered
	 */
	protected static final double VPEAK_EDEFAULT = 30.0;

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
	protected IzhikevichImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.IZHIKEVICH;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__A, oldA, a));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__B, oldB, b));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getC() {
		return c;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setC(double newC) {
		double oldC = c;
		c = newC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__C, oldC, c));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getD() {
		return d;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setD(double newD) {
		double oldD = d;
		d = newD;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__D, oldD, d));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__VPEAK, oldVPeak, vPeak));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IZHIKEVICH__IE, oldIE, iE));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.IZHIKEVICH__A:
				return getA();
			case ModelPackage.IZHIKEVICH__B:
				return getB();
			case ModelPackage.IZHIKEVICH__C:
				return getC();
			case ModelPackage.IZHIKEVICH__D:
				return getD();
			case ModelPackage.IZHIKEVICH__VPEAK:
				return getVPeak();
			case ModelPackage.IZHIKEVICH__IE:
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
			case ModelPackage.IZHIKEVICH__A:
				setA((Double)newValue);
				return;
			case ModelPackage.IZHIKEVICH__B:
				setB((Double)newValue);
				return;
			case ModelPackage.IZHIKEVICH__C:
				setC((Double)newValue);
				return;
			case ModelPackage.IZHIKEVICH__D:
				setD((Double)newValue);
				return;
			case ModelPackage.IZHIKEVICH__VPEAK:
				setVPeak((Double)newValue);
				return;
			case ModelPackage.IZHIKEVICH__IE:
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
			case ModelPackage.IZHIKEVICH__A:
				setA(A_EDEFAULT);
				return;
			case ModelPackage.IZHIKEVICH__B:
				setB(B_EDEFAULT);
				return;
			case ModelPackage.IZHIKEVICH__C:
				setC(C_EDEFAULT);
				return;
			case ModelPackage.IZHIKEVICH__D:
				setD(D_EDEFAULT);
				return;
			case ModelPackage.IZHIKEVICH__VPEAK:
				setVPeak(VPEAK_EDEFAULT);
				return;
			case ModelPackage.IZHIKEVICH__IE:
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
			case ModelPackage.IZHIKEVICH__A:
				return a != A_EDEFAULT;
			case ModelPackage.IZHIKEVICH__B:
				return b != B_EDEFAULT;
			case ModelPackage.IZHIKEVICH__C:
				return c != C_EDEFAULT;
			case ModelPackage.IZHIKEVICH__D:
				return d != D_EDEFAULT;
			case ModelPackage.IZHIKEVICH__VPEAK:
				return vPeak != VPEAK_EDEFAULT;
			case ModelPackage.IZHIKEVICH__IE:
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
		result.append(" (a: ");
		result.append(a);
		result.append(", b: ");
		result.append(b);
		result.append(", c: ");
		result.append(c);
		result.append(", d: ");
		result.append(d);
		result.append(", vPeak: ");
		result.append(vPeak);
		result.append(", iE: ");
		result.append(iE);
		result.append(')');
		return result.toString();
	}

} //IzhikevichImpl
