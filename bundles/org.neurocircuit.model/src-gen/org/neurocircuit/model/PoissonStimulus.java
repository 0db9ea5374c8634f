/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Poisson Stimulus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Independent Poisson spike trains, one per target neuron, through a receptor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.PoissonStimulus#getRate <em>Rate</em>}</li>
 *   <li>{@link org.neurocircuit.model.PoissonStimulus#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.neurocircuit.model.PoissonStimulus#getReceptor <em>Receptor</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getPoissonStimulus()
 * @model
 * @generated
 */
public interface PoissonStimulus extends Stimulus {
	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rate of each train.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see org.neurocircuit.model.ModelPackage#getPoissonStimulus_Rate()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='Hz' symbol='\u03bd'"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.PoissonStimulus#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of each spike.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.neurocircuit.model.ModelPackage#getPoissonStimulus_Weight()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@receptor'"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.PoissonStimulus#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The receptor the spikes act through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receptor</em>' containment reference.
	 * @see #setReceptor(Receptor)
	 * @see org.neurocircuit.model.ModelPackage#getPoissonStimulus_Receptor()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Receptor getReceptor();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.PoissonStimulus#getReceptor <em>Receptor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receptor</em>' containment reference.
	 * @see #getReceptor()
	 * @generated
	 */
	void setReceptor(Receptor value);

} // PoissonStimulus
