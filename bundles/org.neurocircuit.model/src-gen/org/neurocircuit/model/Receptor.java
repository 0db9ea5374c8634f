/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Receptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The postsynaptic receptor of a projection or a spiking stimulus.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Receptor#getSign <em>Sign</em>}</li>
 *   <li>{@link org.neurocircuit.model.Receptor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.neurocircuit.model.Receptor#getKinetics <em>Kinetics</em>}</li>
 *   <li>{@link org.neurocircuit.model.Receptor#getTauSyn <em>Tau Syn</em>}</li>
 *   <li>{@link org.neurocircuit.model.Receptor#getERev <em>ERev</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getReceptor()
 * @model
 * @generated
 */
public interface Receptor extends EObject {
	/**
	 * Returns the value of the '<em><b>Sign</b></em>' attribute.
	 * The default value is <code>"excitatory"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.ReceptorSign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Excitatory or inhibitory; weights are positive, the sign applies it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sign</em>' attribute.
	 * @see org.neurocircuit.model.ReceptorSign
	 * @see #setSign(ReceptorSign)
	 * @see org.neurocircuit.model.ModelPackage#getReceptor_Sign()
	 * @model default="excitatory"
	 * @generated
	 */
	ReceptorSign getSign();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Receptor#getSign <em>Sign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sign</em>' attribute.
	 * @see org.neurocircuit.model.ReceptorSign
	 * @see #getSign()
	 * @generated
	 */
	void setSign(ReceptorSign value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"current"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.ReceptorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current- or conductance-based.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.neurocircuit.model.ReceptorKind
	 * @see #setKind(ReceptorKind)
	 * @see org.neurocircuit.model.ModelPackage#getReceptor_Kind()
	 * @model default="current"
	 * @generated
	 */
	ReceptorKind getKind();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Receptor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.neurocircuit.model.ReceptorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReceptorKind value);

	/**
	 * Returns the value of the '<em><b>Kinetics</b></em>' attribute.
	 * The default value is <code>"exponential"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.SynapseKinetics}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time course of one event.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kinetics</em>' attribute.
	 * @see org.neurocircuit.model.SynapseKinetics
	 * @see #setKinetics(SynapseKinetics)
	 * @see org.neurocircuit.model.ModelPackage#getReceptor_Kinetics()
	 * @model default="exponential"
	 * @generated
	 */
	SynapseKinetics getKinetics();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Receptor#getKinetics <em>Kinetics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kinetics</em>' attribute.
	 * @see org.neurocircuit.model.SynapseKinetics
	 * @see #getKinetics()
	 * @generated
	 */
	void setKinetics(SynapseKinetics value);

	/**
	 * Returns the value of the '<em><b>Tau Syn</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synaptic time constant (ignored for delta kinetics).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau Syn</em>' attribute.
	 * @see #setTauSyn(double)
	 * @see org.neurocircuit.model.ModelPackage#getReceptor_TauSyn()
	 * @model default="5.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_syn'"
	 * @generated
	 */
	double getTauSyn();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Receptor#getTauSyn <em>Tau Syn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau Syn</em>' attribute.
	 * @see #getTauSyn()
	 * @generated
	 */
	void setTauSyn(double value);

	/**
	 * Returns the value of the '<em><b>ERev</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reversal potential (conductance receptors only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>ERev</em>' attribute.
	 * @see #setERev(double)
	 * @see org.neurocircuit.model.ModelPackage#getReceptor_ERev()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='mV' symbol='E_rev'"
	 * @generated
	 */
	double getERev();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Receptor#getERev <em>ERev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>ERev</em>' attribute.
	 * @see #getERev()
	 * @generated
	 */
	void setERev(double value);

} // Receptor
