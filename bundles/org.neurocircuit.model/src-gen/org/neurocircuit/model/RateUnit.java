/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rate Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A leaky rate unit: tau r' = -r + f(gain (input - threshold)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.RateUnit#getTau <em>Tau</em>}</li>
 *   <li>{@link org.neurocircuit.model.RateUnit#getGain <em>Gain</em>}</li>
 *   <li>{@link org.neurocircuit.model.RateUnit#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.neurocircuit.model.RateUnit#getTransferFunction <em>Transfer Function</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getRateUnit()
 * @model
 * @generated
 */
public interface RateUnit extends NeuronModel {
	/**
	 * Returns the value of the '<em><b>Tau</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time constant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau</em>' attribute.
	 * @see #setTau(double)
	 * @see org.neurocircuit.model.ModelPackage#getRateUnit_Tau()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4'"
	 * @generated
	 */
	double getTau();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RateUnit#getTau <em>Tau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau</em>' attribute.
	 * @see #getTau()
	 * @generated
	 */
	void setTau(double value);

	/**
	 * Returns the value of the '<em><b>Gain</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gain of the transfer function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gain</em>' attribute.
	 * @see #setGain(double)
	 * @see org.neurocircuit.model.ModelPackage#getRateUnit_Gain()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='g'"
	 * @generated
	 */
	double getGain();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RateUnit#getGain <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gain</em>' attribute.
	 * @see #getGain()
	 * @generated
	 */
	void setGain(double value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threshold (offset) of the input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.neurocircuit.model.ModelPackage#getRateUnit_Threshold()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='\u03b8'"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RateUnit#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Transfer Function</b></em>' attribute.
	 * The default value is <code>"linear"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.TransferFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer function f.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transfer Function</em>' attribute.
	 * @see org.neurocircuit.model.TransferFunction
	 * @see #setTransferFunction(TransferFunction)
	 * @see org.neurocircuit.model.ModelPackage#getRateUnit_TransferFunction()
	 * @model default="linear"
	 * @generated
	 */
	TransferFunction getTransferFunction();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.RateUnit#getTransferFunction <em>Transfer Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transfer Function</em>' attribute.
	 * @see org.neurocircuit.model.TransferFunction
	 * @see #getTransferFunction()
	 * @generated
	 */
	void setTransferFunction(TransferFunction value);

} // RateUnit
