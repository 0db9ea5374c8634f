/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoding Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Decodes a target signal from recorded activity, with contiguous cross-validation folds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getRecorders <em>Recorders</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getTarget <em>Target</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getDecoderId <em>Decoder Id</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getBinWidth <em>Bin Width</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getHistoryBins <em>History Bins</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.neurocircuit.model.DecodingTask#isCausal <em>Causal</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDecodingTask()
 * @model
 * @generated
 */
public interface DecodingTask extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Recorders</b></em>' reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Recorder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recorders whose data are the decoder's input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorders</em>' reference list.
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_Recorders()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	EList<Recorder> getRecorders();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is decoded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(DecodingTarget)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_Target()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DecodingTarget getTarget();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DecodingTarget value);

	/**
	 * Returns the value of the '<em><b>Decoder Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the decoder (a registered decoder provider).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decoder Id</em>' attribute.
	 * @see #setDecoderId(String)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_DecoderId()
	 * @model
	 * @generated
	 */
	String getDecoderId();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#getDecoderId <em>Decoder Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decoder Id</em>' attribute.
	 * @see #getDecoderId()
	 * @generated
	 */
	void setDecoderId(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.DecoderParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decoder settings as key/value pairs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_Parameters()
	 * @model containment="true" keys="key"
	 * @generated
	 */
	EList<DecoderParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Bin Width</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of a time bin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bin Width</em>' attribute.
	 * @see #setBinWidth(double)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_BinWidth()
	 * @model default="10.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	double getBinWidth();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#getBinWidth <em>Bin Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bin Width</em>' attribute.
	 * @see #getBinWidth()
	 * @generated
	 */
	void setBinWidth(double value);

	/**
	 * Returns the value of the '<em><b>History Bins</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of past bins used besides the current one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History Bins</em>' attribute.
	 * @see #setHistoryBins(int)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_HistoryBins()
	 * @model default="0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getHistoryBins();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#getHistoryBins <em>History Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>History Bins</em>' attribute.
	 * @see #getHistoryBins()
	 * @generated
	 */
	void setHistoryBins(int value);

	/**
	 * Returns the value of the '<em><b>Folds</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of contiguous cross-validation folds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folds</em>' attribute.
	 * @see #setFolds(int)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_Folds()
	 * @model default="5"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getFolds();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#getFolds <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folds</em>' attribute.
	 * @see #getFolds()
	 * @generated
	 */
	void setFolds(int value);

	/**
	 * Returns the value of the '<em><b>Causal</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use only the current and past bins (else a window centred on the current bin).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Causal</em>' attribute.
	 * @see #setCausal(boolean)
	 * @see org.neurocircuit.model.ModelPackage#getDecodingTask_Causal()
	 * @model default="true"
	 * @generated
	 */
	boolean isCausal();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DecodingTask#isCausal <em>Causal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Causal</em>' attribute.
	 * @see #isCausal()
	 * @generated
	 */
	void setCausal(boolean value);

} // DecodingTask
