/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTarget;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Recorder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decoding Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getRecorders <em>Recorders</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getDecoderId <em>Decoder Id</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getBinWidth <em>Bin Width</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getHistoryBins <em>History Bins</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.DecodingTaskImpl#isCausal <em>Causal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecodingTaskImpl extends NamedElementImpl implements DecodingTask {
	/**
	 * The cached value of the '{@link #getRecorders() <em>Recorders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorders()
	 * @generated
	 * @ordered
	 */
	protected EList<Recorder> recorders;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected DecodingTarget target;

	/**
	 * The default value of the '{@link #getDecoderId() <em>Decoder Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecoderId()
	 * @generated
	 * @ordered
	 */
	protected static final String DECODER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecoderId() <em>Decoder Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecoderId()
	 * @generated
	 * @ordered
	 */
	protected String decoderId = DECODER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<DecoderParameter> parameters;

	/**
	 * The default value of the '{@link #getBinWidth() <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double BIN_WIDTH_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getBinWidth() <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBinWidth()
	 * @generated
	 * @ordered
	 */
	protected double binWidth = BIN_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHistoryBins() <em>History Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryBins()
	 * @generated
	 * @ordered
	 */
	protected static final int HISTORY_BINS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHistoryBins() <em>History Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryBins()
	 * @generated
	 * @ordered
	 */
	protected int historyBins = HISTORY_BINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLDS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected int folds = FOLDS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCausal() <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCausal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CAUSAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCausal() <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCausal()
	 * @generated
	 * @ordered
	 */
	protected boolean causal = CAUSAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecodingTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DECODING_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recorder> getRecorders() {
		if (recorders == null) {
			recorders = new EObjectEList<Recorder>(Recorder.class, this, ModelPackage.DECODING_TASK__RECORDERS);
		}
		return recorders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecodingTarget getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(DecodingTarget newTarget, NotificationChain msgs) {
		DecodingTarget oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__TARGET, oldTarget, newTarget);
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
	public void setTarget(DecodingTarget newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DECODING_TASK__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DECODING_TASK__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecoderId() {
		return decoderId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecoderId(String newDecoderId) {
		String oldDecoderId = decoderId;
		decoderId = newDecoderId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__DECODER_ID, oldDecoderId, decoderId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecoderParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<DecoderParameter>(DecoderParameter.class, this, ModelPackage.DECODING_TASK__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBinWidth() {
		return binWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBinWidth(double newBinWidth) {
		double oldBinWidth = binWidth;
		binWidth = newBinWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__BIN_WIDTH, oldBinWidth, binWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHistoryBins() {
		return historyBins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHistoryBins(int newHistoryBins) {
		int oldHistoryBins = historyBins;
		historyBins = newHistoryBins;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__HISTORY_BINS, oldHistoryBins, historyBins));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFolds() {
		return folds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolds(int newFolds) {
		int oldFolds = folds;
		folds = newFolds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__FOLDS, oldFolds, folds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCausal() {
		return causal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCausal(boolean newCausal) {
		boolean oldCausal = causal;
		causal = newCausal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DECODING_TASK__CAUSAL, oldCausal, causal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DECODING_TASK__TARGET:
				return basicSetTarget(null, msgs);
			case ModelPackage.DECODING_TASK__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.DECODING_TASK__RECORDERS:
				return getRecorders();
			case ModelPackage.DECODING_TASK__TARGET:
				return getTarget();
			case ModelPackage.DECODING_TASK__DECODER_ID:
				return getDecoderId();
			case ModelPackage.DECODING_TASK__PARAMETERS:
				return getParameters();
			case ModelPackage.DECODING_TASK__BIN_WIDTH:
				return getBinWidth();
			case ModelPackage.DECODING_TASK__HISTORY_BINS:
				return getHistoryBins();
			case ModelPackage.DECODING_TASK__FOLDS:
				return getFolds();
			case ModelPackage.DECODING_TASK__CAUSAL:
				return isCausal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DECODING_TASK__RECORDERS:
				getRecorders().clear();
				getRecorders().addAll((Collection<? extends Recorder>)newValue);
				return;
			case ModelPackage.DECODING_TASK__TARGET:
				setTarget((DecodingTarget)newValue);
				return;
			case ModelPackage.DECODING_TASK__DECODER_ID:
				setDecoderId((String)newValue);
				return;
			case ModelPackage.DECODING_TASK__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends DecoderParameter>)newValue);
				return;
			case ModelPackage.DECODING_TASK__BIN_WIDTH:
				setBinWidth((Double)newValue);
				return;
			case ModelPackage.DECODING_TASK__HISTORY_BINS:
				setHistoryBins((Integer)newValue);
				return;
			case ModelPackage.DECODING_TASK__FOLDS:
				setFolds((Integer)newValue);
				return;
			case ModelPackage.DECODING_TASK__CAUSAL:
				setCausal((Boolean)newValue);
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
			case ModelPackage.DECODING_TASK__RECORDERS:
				getRecorders().clear();
				return;
			case ModelPackage.DECODING_TASK__TARGET:
				setTarget((DecodingTarget)null);
				return;
			case ModelPackage.DECODING_TASK__DECODER_ID:
				setDecoderId(DECODER_ID_EDEFAULT);
				return;
			case ModelPackage.DECODING_TASK__PARAMETERS:
				getParameters().clear();
				return;
			case ModelPackage.DECODING_TASK__BIN_WIDTH:
				setBinWidth(BIN_WIDTH_EDEFAULT);
				return;
			case ModelPackage.DECODING_TASK__HISTORY_BINS:
				setHistoryBins(HISTORY_BINS_EDEFAULT);
				return;
			case ModelPackage.DECODING_TASK__FOLDS:
				setFolds(FOLDS_EDEFAULT);
				return;
			case ModelPackage.DECODING_TASK__CAUSAL:
				setCausal(CAUSAL_EDEFAULT);
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
			case ModelPackage.DECODING_TASK__RECORDERS:
				return recorders != null && !recorders.isEmpty();
			case ModelPackage.DECODING_TASK__TARGET:
				return target != null;
			case ModelPackage.DECODING_TASK__DECODER_ID:
				return DECODER_ID_EDEFAULT == null ? decoderId != null : !DECODER_ID_EDEFAULT.equals(decoderId);
			case ModelPackage.DECODING_TASK__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ModelPackage.DECODING_TASK__BIN_WIDTH:
				return binWidth != BIN_WIDTH_EDEFAULT;
			case ModelPackage.DECODING_TASK__HISTORY_BINS:
				return historyBins != HISTORY_BINS_EDEFAULT;
			case ModelPackage.DECODING_TASK__FOLDS:
				return folds != FOLDS_EDEFAULT;
			case ModelPackage.DECODING_TASK__CAUSAL:
				return causal != CAUSAL_EDEFAULT;
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
		result.append(" (decoderId: ");
		result.append(decoderId);
		result.append(", binWidth: ");
		result.append(binWidth);
		result.append(", historyBins: ");
		result.append(historyBins);
		result.append(", folds: ");
		result.append(folds);
		result.append(", causal: ");
		result.append(causal);
		result.append(')');
		return result.toString();
	}

} //DecodingTaskImpl
