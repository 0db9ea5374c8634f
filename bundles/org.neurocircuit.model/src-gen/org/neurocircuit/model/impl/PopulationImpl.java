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
import org.eclipse.emf.ecore.util.InternalEList;

import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.SpatialLayout;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.PopulationImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.PopulationImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.PopulationImpl#getNeuronModel <em>Neuron Model</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.PopulationImpl#getInitialValues <em>Initial Values</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.PopulationImpl#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationImpl extends NamedElementImpl implements Population {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNeuronModel() <em>Neuron Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeuronModel()
	 * @generated
	 * @ordered
	 */
	protected NeuronModel neuronModel;

	/**
	 * The cached value of the '{@link #getInitialValues() <em>Initial Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialValues()
	 * @generated
	 * @ordered
	 */
	protected EList<InitialValue> initialValues;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected SpatialLayout layout;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.POPULATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeuronModel getNeuronModel() {
		return neuronModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNeuronModel(NeuronModel newNeuronModel, NotificationChain msgs) {
		NeuronModel oldNeuronModel = neuronModel;
		neuronModel = newNeuronModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__NEURON_MODEL, oldNeuronModel, newNeuronModel);
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
	public void setNeuronModel(NeuronModel newNeuronModel) {
		if (newNeuronModel != neuronModel) {
			NotificationChain msgs = null;
			if (neuronModel != null)
				msgs = ((InternalEObject)neuronModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.POPULATION__NEURON_MODEL, null, msgs);
			if (newNeuronModel != null)
				msgs = ((InternalEObject)newNeuronModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.POPULATION__NEURON_MODEL, null, msgs);
			msgs = basicSetNeuronModel(newNeuronModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__NEURON_MODEL, newNeuronModel, newNeuronModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InitialValue> getInitialValues() {
		if (initialValues == null) {
			initialValues = new EObjectContainmentEList<InitialValue>(InitialValue.class, this, ModelPackage.POPULATION__INITIAL_VALUES);
		}
		return initialValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpatialLayout getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLayout(SpatialLayout newLayout, NotificationChain msgs) {
		SpatialLayout oldLayout = layout;
		layout = newLayout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__LAYOUT, oldLayout, newLayout);
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
	public void setLayout(SpatialLayout newLayout) {
		if (newLayout != layout) {
			NotificationChain msgs = null;
			if (layout != null)
				msgs = ((InternalEObject)layout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.POPULATION__LAYOUT, null, msgs);
			if (newLayout != null)
				msgs = ((InternalEObject)newLayout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.POPULATION__LAYOUT, null, msgs);
			msgs = basicSetLayout(newLayout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION__LAYOUT, newLayout, newLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.POPULATION__NEURON_MODEL:
				return basicSetNeuronModel(null, msgs);
			case ModelPackage.POPULATION__INITIAL_VALUES:
				return ((InternalEList<?>)getInitialValues()).basicRemove(otherEnd, msgs);
			case ModelPackage.POPULATION__LAYOUT:
				return basicSetLayout(null, msgs);
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
			case ModelPackage.POPULATION__SIZE:
				return getSize();
			case ModelPackage.POPULATION__COLOR:
				return getColor();
			case ModelPackage.POPULATION__NEURON_MODEL:
				return getNeuronModel();
			case ModelPackage.POPULATION__INITIAL_VALUES:
				return getInitialValues();
			case ModelPackage.POPULATION__LAYOUT:
				return getLayout();
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
			case ModelPackage.POPULATION__SIZE:
				setSize((Integer)newValue);
				return;
			case ModelPackage.POPULATION__COLOR:
				setColor((String)newValue);
				return;
			case ModelPackage.POPULATION__NEURON_MODEL:
				setNeuronModel((NeuronModel)newValue);
				return;
			case ModelPackage.POPULATION__INITIAL_VALUES:
				getInitialValues().clear();
				getInitialValues().addAll((Collection<? extends InitialValue>)newValue);
				return;
			case ModelPackage.POPULATION__LAYOUT:
				setLayout((SpatialLayout)newValue);
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
			case ModelPackage.POPULATION__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case ModelPackage.POPULATION__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case ModelPackage.POPULATION__NEURON_MODEL:
				setNeuronModel((NeuronModel)null);
				return;
			case ModelPackage.POPULATION__INITIAL_VALUES:
				getInitialValues().clear();
				return;
			case ModelPackage.POPULATION__LAYOUT:
				setLayout((SpatialLayout)null);
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
			case ModelPackage.POPULATION__SIZE:
				return size != SIZE_EDEFAULT;
			case ModelPackage.POPULATION__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case ModelPackage.POPULATION__NEURON_MODEL:
				return neuronModel != null;
			case ModelPackage.POPULATION__INITIAL_VALUES:
				return initialValues != null && !initialValues.isEmpty();
			case ModelPackage.POPULATION__LAYOUT:
				return layout != null;
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
		result.append(" (size: ");
		result.append(size);
		result.append(", color: ");
		result.append(color);
		result.append(')');
		return result.toString();
	}

} //PopulationImpl
