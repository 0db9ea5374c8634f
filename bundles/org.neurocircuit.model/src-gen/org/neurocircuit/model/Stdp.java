/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stdp</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Pair-based spike-timing-dependent plasticity (defaults: Song, Miller & Abbott 2000). A_plus and A_minus are fractions of w_max.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Stdp#getWeightDependence <em>Weight Dependence</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getTauPlus <em>Tau Plus</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getTauMinus <em>Tau Minus</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getAPlus <em>APlus</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getAMinus <em>AMinus</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getWMin <em>WMin</em>}</li>
 *   <li>{@link org.neurocircuit.model.Stdp#getWMax <em>WMax</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getStdp()
 * @model
 * @generated
 */
public interface Stdp extends Plasticity {
	/**
	 * Returns the value of the '<em><b>Weight Dependence</b></em>' attribute.
	 * The default value is <code>"additive"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.StdpWeightDependence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Additive (hard bounds) or multiplicative (soft bounds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Dependence</em>' attribute.
	 * @see org.neurocircuit.model.StdpWeightDependence
	 * @see #setWeightDependence(StdpWeightDependence)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_WeightDependence()
	 * @model default="additive"
	 * @generated
	 */
	StdpWeightDependence getWeightDependence();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getWeightDependence <em>Weight Dependence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Dependence</em>' attribute.
	 * @see org.neurocircuit.model.StdpWeightDependence
	 * @see #getWeightDependence()
	 * @generated
	 */
	void setWeightDependence(StdpWeightDependence value);

	/**
	 * Returns the value of the '<em><b>Tau Plus</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time constant of potentiation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau Plus</em>' attribute.
	 * @see #setTauPlus(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_TauPlus()
	 * @model default="20.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_+'"
	 * @generated
	 */
	double getTauPlus();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getTauPlus <em>Tau Plus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau Plus</em>' attribute.
	 * @see #getTauPlus()
	 * @generated
	 */
	void setTauPlus(double value);

	/**
	 * Returns the value of the '<em><b>Tau Minus</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time constant of depression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tau Minus</em>' attribute.
	 * @see #setTauMinus(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_TauMinus()
	 * @model default="20.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='\u03c4_\u2212'"
	 * @generated
	 */
	double getTauMinus();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getTauMinus <em>Tau Minus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tau Minus</em>' attribute.
	 * @see #getTauMinus()
	 * @generated
	 */
	void setTauMinus(double value);

	/**
	 * Returns the value of the '<em><b>APlus</b></em>' attribute.
	 * The default value is <code>"0.005"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Potentiation amplitude, as a fraction of w_max.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>APlus</em>' attribute.
	 * @see #setAPlus(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_APlus()
	 * @model default="0.005"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='A_+'"
	 * @generated
	 */
	double getAPlus();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getAPlus <em>APlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>APlus</em>' attribute.
	 * @see #getAPlus()
	 * @generated
	 */
	void setAPlus(double value);

	/**
	 * Returns the value of the '<em><b>AMinus</b></em>' attribute.
	 * The default value is <code>"0.00525"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Depression amplitude, as a fraction of w_max.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>AMinus</em>' attribute.
	 * @see #setAMinus(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_AMinus()
	 * @model default="0.00525"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='A_\u2212'"
	 * @generated
	 */
	double getAMinus();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getAMinus <em>AMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>AMinus</em>' attribute.
	 * @see #getAMinus()
	 * @generated
	 */
	void setAMinus(double value);

	/**
	 * Returns the value of the '<em><b>WMin</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower weight bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>WMin</em>' attribute.
	 * @see #setWMin(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_WMin()
	 * @model default="0.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@receptor' symbol='w_min'"
	 * @generated
	 */
	double getWMin();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getWMin <em>WMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>WMin</em>' attribute.
	 * @see #getWMin()
	 * @generated
	 */
	void setWMin(double value);

	/**
	 * Returns the value of the '<em><b>WMax</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper weight bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>WMax</em>' attribute.
	 * @see #setWMax(double)
	 * @see org.neurocircuit.model.ModelPackage#getStdp_WMax()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='@receptor' symbol='w_max'"
	 * @generated
	 */
	double getWMax();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Stdp#getWMax <em>WMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>WMax</em>' attribute.
	 * @see #getWMax()
	 * @generated
	 */
	void setWMax(double value);

} // Stdp
