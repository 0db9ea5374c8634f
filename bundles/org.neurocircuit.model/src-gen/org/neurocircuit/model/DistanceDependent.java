/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distance Dependent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each pair is connected with a probability that falls off with the distance of the two neurons (both populations need a layout).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.DistanceDependent#getP0 <em>P0</em>}</li>
 *   <li>{@link org.neurocircuit.model.DistanceDependent#getSigma <em>Sigma</em>}</li>
 *   <li>{@link org.neurocircuit.model.DistanceDependent#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getDistanceDependent()
 * @model
 * @generated
 */
public interface DistanceDependent extends ConnectionRule {
	/**
	 * Returns the value of the '<em><b>P0</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability at distance 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P0</em>' attribute.
	 * @see #setP0(double)
	 * @see org.neurocircuit.model.ModelPackage#getDistanceDependent_P0()
	 * @model default="1.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1' symbol='p\u2080'"
	 * @generated
	 */
	double getP0();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DistanceDependent#getP0 <em>P0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P0</em>' attribute.
	 * @see #getP0()
	 * @generated
	 */
	void setP0(double value);

	/**
	 * Returns the value of the '<em><b>Sigma</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length scale of the profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigma</em>' attribute.
	 * @see #setSigma(double)
	 * @see org.neurocircuit.model.ModelPackage#getDistanceDependent_Sigma()
	 * @model default="100.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='\265m' symbol='\u03c3'"
	 * @generated
	 */
	double getSigma();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DistanceDependent#getSigma <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigma</em>' attribute.
	 * @see #getSigma()
	 * @generated
	 */
	void setSigma(double value);

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' attribute.
	 * The default value is <code>"gaussian"</code>.
	 * The literals are from the enumeration {@link org.neurocircuit.model.DistanceProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shape of the fall-off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' attribute.
	 * @see org.neurocircuit.model.DistanceProfile
	 * @see #setProfile(DistanceProfile)
	 * @see org.neurocircuit.model.ModelPackage#getDistanceDependent_Profile()
	 * @model default="gaussian"
	 * @generated
	 */
	DistanceProfile getProfile();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.DistanceDependent#getProfile <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' attribute.
	 * @see org.neurocircuit.model.DistanceProfile
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(DistanceProfile value);

} // DistanceDependent
