/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectEList;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.SubsetKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recorder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.impl.RecorderImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RecorderImpl#getSubset <em>Subset</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RecorderImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.neurocircuit.model.impl.RecorderImpl#getIndices <em>Indices</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RecorderImpl extends NamedElementImpl implements Recorder {
	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Population> targets;

	/**
	 * The default value of the '{@link #getSubset() <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubset()
	 * @generated
	 * @ordered
	 */
	protected static final SubsetKind SUBSET_EDEFAULT = SubsetKind.ALL;

	/**
	 * The cached value of the '{@link #getSubset() <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubset()
	 * @generated
	 * @ordered
	 */
	protected SubsetKind subset = SUBSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndices() <em>Indices</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndices()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> indices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecorderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RECORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Population> getTargets() {
		if (targets == null) {
			targets = new EObjectEList<Population>(Population.class, this, ModelPackage.RECORDER__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubsetKind getSubset() {
		return subset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubset(SubsetKind newSubset) {
		SubsetKind oldSubset = subset;
		subset = newSubset == null ? SUBSET_EDEFAULT : newSubset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECORDER__SUBSET, oldSubset, subset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECORDER__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getIndices() {
		if (indices == null) {
			indices = new EDataTypeEList<Integer>(Integer.class, this, ModelPackage.RECORDER__INDICES);
		}
		return indices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RECORDER__TARGETS:
				return getTargets();
			case ModelPackage.RECORDER__SUBSET:
				return getSubset();
			case ModelPackage.RECORDER__COUNT:
				return getCount();
			case ModelPackage.RECORDER__INDICES:
				return getIndices();
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
			case ModelPackage.RECORDER__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Population>)newValue);
				return;
			case ModelPackage.RECORDER__SUBSET:
				setSubset((SubsetKind)newValue);
				return;
			case ModelPackage.RECORDER__COUNT:
				setCount((Integer)newValue);
				return;
			case ModelPackage.RECORDER__INDICES:
				getIndices().clear();
				getIndices().addAll((Collection<? extends Integer>)newValue);
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
			case ModelPackage.RECORDER__TARGETS:
				getTargets().clear();
				return;
			case ModelPackage.RECORDER__SUBSET:
				setSubset(SUBSET_EDEFAULT);
				return;
			case ModelPackage.RECORDER__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ModelPackage.RECORDER__INDICES:
				getIndices().clear();
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
			case ModelPackage.RECORDER__TARGETS:
				return targets != null && !targets.isEmpty();
			case ModelPackage.RECORDER__SUBSET:
				return subset != SUBSET_EDEFAULT;
			case ModelPackage.RECORDER__COUNT:
				return count != COUNT_EDEFAULT;
			case ModelPackage.RECORDER__INDICES:
				return indices != null && !indices.isEmpty();
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
		result.append(" (subset: ");
		result.append(subset);
		result.append(", count: ");
		result.append(count);
		result.append(", indices: ");
		result.append(indices);
		result.append(')');
		return result.toString();
	}

} //RecorderImpl
