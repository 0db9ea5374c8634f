/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Series Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An explicit signal (e.g. behaviour), linearly interpolated between samples.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.TimeSeriesTarget#getTimes <em>Times</em>}</li>
 *   <li>{@link org.neurocircuit.model.TimeSeriesTarget#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getTimeSeriesTarget()
 * @model
 * @generated
 */
public interface TimeSeriesTarget extends DecodingTarget {
	/**
	 * Returns the value of the '<em><b>Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample times, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Times</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getTimeSeriesTarget_Times()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	EList<Double> getTimes();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample values, one per time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.neurocircuit.model.ModelPackage#getTimeSeriesTarget_Values()
	 * @model unique="false"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	EList<Double> getValues();

} // TimeSeriesTarget
