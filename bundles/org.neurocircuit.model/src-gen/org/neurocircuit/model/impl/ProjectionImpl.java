/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Projection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getRule <em>Rule</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#isAllowAutapses <em>Allow Autapses</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#isAllowMultapses <em>Allow Multapses</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getDelay <em>Delay</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getReceptor <em>Receptor</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.ProjectionImpl#getPlasticity <em>Plasticity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectionImpl extends NamedElementImpl implements Projection {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Population source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Population target;

	/**
	 * The cached value of the '{@link #getRule() <em>Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRule()
	 * @generated
	 * @ordered
	 */
	protected ConnectionRule rule;

	/**
	 * The default value of the '{@link #isAllowAutapses() <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowAutapses()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_AUTAPSES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAllowAutapses() <em>Allow Autapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowAutapses()
	 * @generated
	 * @ordered
	 */
	protected boolean allowAutapses = ALLOW_AUTAPSES_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowMultapses() <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowMultapses()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_MULTAPSES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAllowMultapses() <em>Allow Multapses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowMultapses()
	 * @generated
	 * @ordered
	 */
	protected boolean allowMultapses = ALLOW_MULTAPSES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected Quantity weight;

	/**
	 * The cached value of the '{@link #getDelay() <em>Delay</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected Quantity delay;

	/**
	 * The cached value of the '{@link #getReceptor() <em>Receptor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceptor()
	 * @generated
	 * @ordered
	 */
	protected Receptor receptor;

	/**
	 * The cached value of the '{@link #getPlasticity() <em>Plasticity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlasticity()
	 * @generated
	 * @ordered
	 */
	protected Plasticity plasticity;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROJECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Population getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Population newSource) {
		Population oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Population getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Population newTarget) {
		Population oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionRule getRule() {
		return rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRule(ConnectionRule newRule, NotificationChain msgs) {
		ConnectionRule oldRule = rule;
		rule = newRule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__RULE, oldRule, newRule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRule(ConnectionRule newRule) {
		if (newRule != rule) {
			NotificationChain msgs = null;
			if (rule != null)
				msgs = ((InternalEObject)rule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__RULE, null, msgs);
			if (newRule != null)
				msgs = ((InternalEObject)newRule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__RULE, null, msgs);
			msgs = basicSetRule(newRule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__RULE, newRule, newRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowAutapses() {
		return allowAutapses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowAutapses(boolean newAllowAutapses) {
		boolean oldAllowAutapses = allowAutapses;
		allowAutapses = newAllowAutapses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__ALLOW_AUTAPSES, oldAllowAutapses, allowAutapses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowMultapses() {
		return allowMultapses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowMultapses(boolean newAllowMultapses) {
		boolean oldAllowMultapses = allowMultapses;
		allowMultapses = newAllowMultapses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__ALLOW_MULTAPSES, oldAllowMultapses, allowMultapses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWeight(Quantity newWeight, NotificationChain msgs) {
		Quantity oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__WEIGHT, oldWeight, newWeight);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(Quantity newWeight) {
		if (newWeight != weight) {
			NotificationChain msgs = null;
			if (weight != null)
				msgs = ((InternalEObject)weight).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__WEIGHT, null, msgs);
			if (newWeight != null)
				msgs = ((InternalEObject)newWeight).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__WEIGHT, null, msgs);
			msgs = basicSetWeight(newWeight, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__WEIGHT, newWeight, newWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getDelay() {
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDelay(Quantity newDelay, NotificationChain msgs) {
		Quantity oldDelay = delay;
		delay = newDelay;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__DELAY, oldDelay, newDelay);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelay(Quantity newDelay) {
		if (newDelay != delay) {
			NotificationChain msgs = null;
			if (delay != null)
				msgs = ((InternalEObject)delay).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__DELAY, null, msgs);
			if (newDelay != null)
				msgs = ((InternalEObject)newDelay).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__DELAY, null, msgs);
			msgs = basicSetDelay(newDelay, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__DELAY, newDelay, newDelay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Receptor getReceptor() {
		return receptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReceptor(Receptor newReceptor, NotificationChain msgs) {
		Receptor oldReceptor = receptor;
		receptor = newReceptor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__RECEPTOR, oldReceptor, newReceptor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceptor(Receptor newReceptor) {
		if (newReceptor != receptor) {
			NotificationChain msgs = null;
			if (receptor != null)
				msgs = ((InternalEObject)receptor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__RECEPTOR, null, msgs);
			if (newReceptor != null)
				msgs = ((InternalEObject)newReceptor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__RECEPTOR, null, msgs);
			msgs = basicSetReceptor(newReceptor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__RECEPTOR, newReceptor, newReceptor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plasticity getPlasticity() {
		return plasticity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlasticity(Plasticity newPlasticity, NotificationChain msgs) {
		Plasticity oldPlasticity = plasticity;
		plasticity = newPlasticity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__PLASTICITY, oldPlasticity, newPlasticity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlasticity(Plasticity newPlasticity) {
		if (newPlasticity != plasticity) {
			NotificationChain msgs = null;
			if (plasticity != null)
				msgs = ((InternalEObject)plasticity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__PLASTICITY, null, msgs);
			if (newPlasticity != null)
				msgs = ((InternalEObject)newPlasticity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.PROJECTION__PLASTICITY, null, msgs);
			msgs = basicSetPlasticity(newPlasticity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROJECTION__PLASTICITY, newPlasticity, newPlasticity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PROJECTION__RULE:
				return basicSetRule(null, msgs);
			case ModelPackage.PROJECTION__WEIGHT:
				return basicSetWeight(null, msgs);
			case ModelPackage.PROJECTION__DELAY:
				return basicSetDelay(null, msgs);
			case ModelPackage.PROJECTION__RECEPTOR:
				return basicSetReceptor(null, msgs);
			case ModelPackage.PROJECTION__PLASTICITY:
				return basicSetPlasticity(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PROJECTION__SOURCE:
				return getSource();
			case ModelPackage.PROJECTION__TARGET:
				return getTarget();
			case ModelPackage.PROJECTION__RULE:
				return getRule();
			case ModelPackage.PROJECTION__ALLOW_AUTAPSES:
				return isAllowAutapses();
			case ModelPackage.PROJECTION__ALLOW_MULTAPSES:
				return isAllowMultapses();
			case ModelPackage.PROJECTION__WEIGHT:
				return getWeight();
			case ModelPackage.PROJECTION__DELAY:
				return getDelay();
			case ModelPackage.PROJECTION__RECEPTOR:
				return getReceptor();
			case ModelPackage.PROJECTION__PLASTICITY:
				return getPlasticity();
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
			case ModelPackage.PROJECTION__SOURCE:
				setSource((Population)newValue);
				return;
			case ModelPackage.PROJECTION__TARGET:
				setTarget((Population)newValue);
				return;
			case ModelPackage.PROJECTION__RULE:
				setRule((ConnectionRule)newValue);
				return;
			case ModelPackage.PROJECTION__ALLOW_AUTAPSES:
				setAllowAutapses((Boolean)newValue);
				return;
			case ModelPackage.PROJECTION__ALLOW_MULTAPSES:
				setAllowMultapses((Boolean)newValue);
				return;
			case ModelPackage.PROJECTION__WEIGHT:
				setWeight((Quantity)newValue);
				return;
			case ModelPackage.PROJECTION__DELAY:
				setDelay((Quantity)newValue);
				return;
			case ModelPackage.PROJECTION__RECEPTOR:
				setReceptor((Receptor)newValue);
				return;
			case ModelPackage.PROJECTION__PLASTICITY:
				setPlasticity((Plasticity)newValue);
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
			case ModelPackage.PROJECTION__SOURCE:
				setSource((Population)null);
				return;
			case ModelPackage.PROJECTION__TARGET:
				setTarget((Population)null);
				return;
			case ModelPackage.PROJECTION__RULE:
				setRule((ConnectionRule)null);
				return;
			case ModelPackage.PROJECTION__ALLOW_AUTAPSES:
				setAllowAutapses(ALLOW_AUTAPSES_EDEFAULT);
				return;
			case ModelPackage.PROJECTION__ALLOW_MULTAPSES:
				setAllowMultapses(ALLOW_MULTAPSES_EDEFAULT);
				return;
			case ModelPackage.PROJECTION__WEIGHT:
				setWeight((Quantity)null);
				return;
			case ModelPackage.PROJECTION__DELAY:
				setDelay((Quantity)null);
				return;
			case ModelPackage.PROJECTION__RECEPTOR:
				setReceptor((Receptor)null);
				return;
			case ModelPackage.PROJECTION__PLASTICITY:
				setPlasticity((Plasticity)null);
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
			case ModelPackage.PROJECTION__SOURCE:
				return source != null;
			case ModelPackage.PROJECTION__TARGET:
				return target != null;
			case ModelPackage.PROJECTION__RULE:
				return rule != null;
			case ModelPackage.PROJECTION__ALLOW_AUTAPSES:
				return allowAutapses != ALLOW_AUTAPSES_EDEFAULT;
			case ModelPackage.PROJECTION__ALLOW_MULTAPSES:
				return allowMultapses != ALLOW_MULTAPSES_EDEFAULT;
			case ModelPackage.PROJECTION__WEIGHT:
				return weight != null;
			case ModelPackage.PROJECTION__DELAY:
				return delay != null;
			case ModelPackage.PROJECTION__RECEPTOR:
				return receptor != null;
			case ModelPackage.PROJECTION__PLASTICITY:
				return plasticity != null;
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
		result.append(" (allowAutapses: ");
		result.append(allowAutapses);
		result.append(", allowMultapses: ");
		result.append(allowMultapses);
		result.append(')');
		return result.toString();
	}

} //ProjectionImpl
