/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.ValueDistribution;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ValueDistributionImpl extends QuantityImpl implements ValueDistribution {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueDistributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.VALUE_DISTRIBUTION;
	}

} //ValueDistributionImpl
