/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Circuit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getDt <em>Dt</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getBackendId <em>Backend Id</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getPopulations <em>Populations</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getProjections <em>Projections</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getStimuli <em>Stimuli</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getRecorders <em>Recorders</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getDecodingTasks <em>Decoding Tasks</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.CircuitImpl#getDiagram <em>Diagram</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CircuitImpl extends NamedElementImpl implements Circuit {
	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected double duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDt() <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDt()
	 * @generated
	 * @ordered
	 */
	protected static final double DT_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getDt() <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDt()
	 * @generated
	 * @ordered
	 */
	protected double dt = DT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 12345L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackendId() <em>Backend Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendId()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_ID_EDEFAULT = "builtin";

	/**
	 * The cached value of the '{@link #getBackendId() <em>Backend Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendId()
	 * @generated
	 * @ordered
	 */
	protected String backendId = BACKEND_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getPopulations() <em>Populations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulations()
	 * @generated
	 * @ordered
	 */
	protected EList<Population> populations;

	/**
	 * The cached value of the '{@link #getProjections() <em>Projections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjections()
	 * @generated
	 * @ordered
	 */
	protected EList<Projection> projections;

	/**
	 * The cached value of the '{@link #getStimuli() <em>Stimuli</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStimuli()
	 * @generated
	 * @ordered
	 */
	protected EList<Stimulus> stimuli;

	/**
	 * The cached value of the '{@link #getRecorders() <em>Recorders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecorders()
	 * @generated
	 * @ordered
	 */
	protected EList<Recorder> recorders;

	/**
	 * The cached value of the '{@link #getDecodingTasks() <em>Decoding Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecodingTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<DecodingTask> decodingTasks;

	/**
	 * The cached value of the '{@link #getDiagram() <em>Diagram</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagram()
	 * @generated
	 * @ordered
	 */
	protected Diagram diagram;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CircuitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CIRCUIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(double newDuration) {
		double oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDt() {
		return dt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDt(double newDt) {
		double oldDt = dt;
		dt = newDt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__DT, oldDt, dt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackendId() {
		return backendId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackendId(String newBackendId) {
		String oldBackendId = backendId;
		backendId = newBackendId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__BACKEND_ID, oldBackendId, backendId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<Region>(Region.class, this, ModelPackage.CIRCUIT__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Population> getPopulations() {
		if (populations == null) {
			populations = new EObjectContainmentEList<Population>(Population.class, this, ModelPackage.CIRCUIT__POPULATIONS);
		}
		return populations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Projection> getProjections() {
		if (projections == null) {
			projections = new EObjectContainmentEList<Projection>(Projection.class, this, ModelPackage.CIRCUIT__PROJECTIONS);
		}
		return projections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stimulus> getStimuli() {
		if (stimuli == null) {
			stimuli = new EObjectContainmentEList<Stimulus>(Stimulus.class, this, ModelPackage.CIRCUIT__STIMULI);
		}
		return stimuli;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recorder> getRecorders() {
		if (recorders == null) {
			recorders = new EObjectContainmentEList<Recorder>(Recorder.class, this, ModelPackage.CIRCUIT__RECORDERS);
		}
		return recorders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecodingTask> getDecodingTasks() {
		if (decodingTasks == null) {
			decodingTasks = new EObjectContainmentEList<DecodingTask>(DecodingTask.class, this, ModelPackage.CIRCUIT__DECODING_TASKS);
		}
		return decodingTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram getDiagram() {
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDiagram(Diagram newDiagram, NotificationChain msgs) {
		Diagram oldDiagram = diagram;
		diagram = newDiagram;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__DIAGRAM, oldDiagram, newDiagram);
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
	public void setDiagram(Diagram newDiagram) {
		if (newDiagram != diagram) {
			NotificationChain msgs = null;
			if (diagram != null)
				msgs = ((InternalEObject)diagram).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.CIRCUIT__DIAGRAM, null, msgs);
			if (newDiagram != null)
				msgs = ((InternalEObject)newDiagram).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.CIRCUIT__DIAGRAM, null, msgs);
			msgs = basicSetDiagram(newDiagram, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIRCUIT__DIAGRAM, newDiagram, newDiagram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Population> allPopulations() {
		return org.neurocircuit.model.ops.CircuitOps.allPopulations(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> allRegions() {
		return org.neurocircuit.model.ops.CircuitOps.allRegions(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CIRCUIT__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__POPULATIONS:
				return ((InternalEList<?>)getPopulations()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__PROJECTIONS:
				return ((InternalEList<?>)getProjections()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__STIMULI:
				return ((InternalEList<?>)getStimuli()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__RECORDERS:
				return ((InternalEList<?>)getRecorders()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__DECODING_TASKS:
				return ((InternalEList<?>)getDecodingTasks()).basicRemove(otherEnd, msgs);
			case ModelPackage.CIRCUIT__DIAGRAM:
				return basicSetDiagram(null, msgs);
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
			case ModelPackage.CIRCUIT__DURATION:
				return getDuration();
			case ModelPackage.CIRCUIT__DT:
				return getDt();
			case ModelPackage.CIRCUIT__SEED:
				return getSeed();
			case ModelPackage.CIRCUIT__BACKEND_ID:
				return getBackendId();
			case ModelPackage.CIRCUIT__THREADS:
				return getThreads();
			case ModelPackage.CIRCUIT__REGIONS:
				return getRegions();
			case ModelPackage.CIRCUIT__POPULATIONS:
				return getPopulations();
			case ModelPackage.CIRCUIT__PROJECTIONS:
				return getProjections();
			case ModelPackage.CIRCUIT__STIMULI:
				return getStimuli();
			case ModelPackage.CIRCUIT__RECORDERS:
				return getRecorders();
			case ModelPackage.CIRCUIT__DECODING_TASKS:
				return getDecodingTasks();
			case ModelPackage.CIRCUIT__DIAGRAM:
				return getDiagram();
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
			case ModelPackage.CIRCUIT__DURATION:
				setDuration((Double)newValue);
				return;
			case ModelPackage.CIRCUIT__DT:
				setDt((Double)newValue);
				return;
			case ModelPackage.CIRCUIT__SEED:
				setSeed((Long)newValue);
				return;
			case ModelPackage.CIRCUIT__BACKEND_ID:
				setBackendId((String)newValue);
				return;
			case ModelPackage.CIRCUIT__THREADS:
				setThreads((Integer)newValue);
				return;
			case ModelPackage.CIRCUIT__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case ModelPackage.CIRCUIT__POPULATIONS:
				getPopulations().clear();
				getPopulations().addAll((Collection<? extends Population>)newValue);
				return;
			case ModelPackage.CIRCUIT__PROJECTIONS:
				getProjections().clear();
				getProjections().addAll((Collection<? extends Projection>)newValue);
				return;
			case ModelPackage.CIRCUIT__STIMULI:
				getStimuli().clear();
				getStimuli().addAll((Collection<? extends Stimulus>)newValue);
				return;
			case ModelPackage.CIRCUIT__RECORDERS:
				getRecorders().clear();
				getRecorders().addAll((Collection<? extends Recorder>)newValue);
				return;
			case ModelPackage.CIRCUIT__DECODING_TASKS:
				getDecodingTasks().clear();
				getDecodingTasks().addAll((Collection<? extends DecodingTask>)newValue);
				return;
			case ModelPackage.CIRCUIT__DIAGRAM:
				setDiagram((Diagram)newValue);
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
			case ModelPackage.CIRCUIT__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case ModelPackage.CIRCUIT__DT:
				setDt(DT_EDEFAULT);
				return;
			case ModelPackage.CIRCUIT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ModelPackage.CIRCUIT__BACKEND_ID:
				setBackendId(BACKEND_ID_EDEFAULT);
				return;
			case ModelPackage.CIRCUIT__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case ModelPackage.CIRCUIT__REGIONS:
				getRegions().clear();
				return;
			case ModelPackage.CIRCUIT__POPULATIONS:
				getPopulations().clear();
				return;
			case ModelPackage.CIRCUIT__PROJECTIONS:
				getProjections().clear();
				return;
			case ModelPackage.CIRCUIT__STIMULI:
				getStimuli().clear();
				return;
			case ModelPackage.CIRCUIT__RECORDERS:
				getRecorders().clear();
				return;
			case ModelPackage.CIRCUIT__DECODING_TASKS:
				getDecodingTasks().clear();
				return;
			case ModelPackage.CIRCUIT__DIAGRAM:
				setDiagram((Diagram)null);
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
			case ModelPackage.CIRCUIT__DURATION:
				return duration != DURATION_EDEFAULT;
			case ModelPackage.CIRCUIT__DT:
				return dt != DT_EDEFAULT;
			case ModelPackage.CIRCUIT__SEED:
				return seed != SEED_EDEFAULT;
			case ModelPackage.CIRCUIT__BACKEND_ID:
				return BACKEND_ID_EDEFAULT == null ? backendId != null : !BACKEND_ID_EDEFAULT.equals(backendId);
			case ModelPackage.CIRCUIT__THREADS:
				return threads != THREADS_EDEFAULT;
			case ModelPackage.CIRCUIT__REGIONS:
				return regions != null && !regions.isEmpty();
			case ModelPackage.CIRCUIT__POPULATIONS:
				return populations != null && !populations.isEmpty();
			case ModelPackage.CIRCUIT__PROJECTIONS:
				return projections != null && !projections.isEmpty();
			case ModelPackage.CIRCUIT__STIMULI:
				return stimuli != null && !stimuli.isEmpty();
			case ModelPackage.CIRCUIT__RECORDERS:
				return recorders != null && !recorders.isEmpty();
			case ModelPackage.CIRCUIT__DECODING_TASKS:
				return decodingTasks != null && !decodingTasks.isEmpty();
			case ModelPackage.CIRCUIT__DIAGRAM:
				return diagram != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.CIRCUIT___ALL_POPULATIONS:
				return allPopulations();
			case ModelPackage.CIRCUIT___ALL_REGIONS:
				return allRegions();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (duration: ");
		result.append(duration);
		result.append(", dt: ");
		result.append(dt);
		result.append(", seed: ");
		result.append(seed);
		result.append(", backendId: ");
		result.append(backendId);
		result.append(", threads: ");
		result.append(threads);
		result.append(')');
		return result.toString();
	}

} //CircuitImpl
