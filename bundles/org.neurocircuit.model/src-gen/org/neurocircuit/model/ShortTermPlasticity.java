/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Short Term Plasticity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Tsodyks-Markram short-term plasticity (defaults: depressing synapse, NEST tsodyks2_synapse).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.ShortTermPlasticity#getU <em>U</em>}</li>
 *   <li>{@link org.neurocircuit.model.ShortTermPlasticity#getTauRec <em>Tau Rec</em>}</li>
 *   <li>{@link org.neurocircuit.model.ShortTermPlasticity#getTauFac <em>Tau Fac</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getShortTermPlasticity()
 * @model
 * @generated
 */
public interface ShortTermPlasticity extends Plasticity {
	/**
	 * Returns the value of the '<em><b>U</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Utilisation of synaptic efficacy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>U</em>' attribute.
	 * @see #setU(double)
	 * @see org.neurocircuit.model.ModelPackage#getShortTermPlasticity_U()
	 * @model default="0.5"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='U'"
	 * @generated
	 */
	double getU();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ShortTermPlasticity#getU <em>U</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>U</em>' attribute.
	 * @see #getU()
	 * @generated
	 */
	void setU(double value);

	/**
	 * Returns the value of the '<em><b>Tau Rec</b></em>' attribute.
	 * The default value is <code>"800.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recovery time constant (depression).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau Rec</em>' attribute.
	 * @see #setTauRec(double)
	 * @see org.neurocircuit.model.ModelPackage#getShortTermPlasticity_TauRec()
	 * @model default="800.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_rec'"
	 * @generated
	 */
	double getTauRec();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ShortTermPlasticity#getTauRec <em>Tau Rec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau Rec</em>' attribute.
	 * @see #getTauRec()
	 * @generated
	 */
	void setTauRec(double value);

	/**
	 * Returns the value of the '<em><b>Tau Fac</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facilitation time constant (0: no facilitation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau Fac</em>' attribute.
	 * @see #setTauFac(double)
	 * @see org.neurocircuit.model.ModelPackage#getShortTermPlasticity_TauFac()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_fac'"
	 * @generated
	 */
	double getTauFac();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.ShortTermPlasticity#getTauFac <em>Tau Fac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau Fac</em>' attribute.
	 * @see #getTauFac()
	 * @generated
	 */
	void setTauFac(double value);

} // ShortTermPlasticity
