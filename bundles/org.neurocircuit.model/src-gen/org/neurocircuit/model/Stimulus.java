/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * External input to one or more populations, active from start to stop.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Stimulus#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stimulus#getStart <em>Start</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stimulus#getStop <em>Stop</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getStimulus()
 * @model abstract="true"
 * @generated
 */
public interface Stimulus extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Populations whose every neuron receives the stimulus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.neurocircuit.model.ModelPackage#getStimulus_Targets()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	EList<Population> getTargets();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(double)
	 * @see org.neurocircuit.model.ModelPackage#getStimulus_Start()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='t_start'"
	 * @generated
	 */
	double getStart();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stimulus#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(double value);

	/**
	 * Returns the value of the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset; unset: end of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop</em>' attribute.
	 * @see #setStop(Double)
	 * @see org.neurocircuit.model.ModelPackage#getStimulus_Stop()
	 * @model annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='t_stop'"
	 * @generated
	 */
	Double getStop();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stimulus#getStop <em>Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop</em>' attribute.
	 * @see #getStop()
	 * @generated
	 */
	void setStop(Double value);

} // Stimulus
