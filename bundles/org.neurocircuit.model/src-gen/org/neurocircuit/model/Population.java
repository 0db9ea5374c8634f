/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of neurons with the same model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Population#getSize <em>Size</em>}</li>
 *   <li>{@link org.neurocircuit.model.Population#getColor <em>Color</em>}</li>
 *   <li>{@link org.neurocircuit.model.Population#getNeuronModel <em>Neuron Model</em>}</li>
 *   <li>{@link org.neurocircuit.model.Population#getInitialValues <em>Initial Values</em>}</li>
 *   <li>{@link org.neurocircuit.model.Population#getLayout <em>Layout</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getPopulation()
 * @model
 * @generated
 */
public interface Population extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of neurons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.neurocircuit.model.ModelPackage#getPopulation_Size()
	 * @model default="1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Population#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of the population in the diagram and in result views, as #RRGGBB; empty for the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.neurocircuit.model.ModelPackage#getPopulation_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Population#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Neuron Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The neuron model and its parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neuron Model</em>' containment reference.
	 * @see #setNeuronModel(NeuronModel)
	 * @see org.neurocircuit.model.ModelPackage#getPopulation_NeuronModel()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NeuronModel getNeuronModel();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Population#getNeuronModel <em>Neuron Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Neuron Model</em>' containment reference.
	 * @see #getNeuronModel()
	 * @generated
	 */
	void setNeuronModel(NeuronModel value);

	/**
	 * Returns the value of the '<em><b>Initial Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.InitialValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial values of state variables; variables without one start at the model's resting value (e.g. V_m = E_L).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Values</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getPopulation_InitialValues()
	 * @model containment="true" keys="variable"
	 * @generated
	 */
	EList<InitialValue> getInitialValues();

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Positions of the neurons in space; none if the population is not spatial.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' containment reference.
	 * @see #setLayout(SpatialLayout)
	 * @see org.neurocircuit.model.ModelPackage#getPopulation_Layout()
	 * @model containment="true"
	 * @generated
	 */
	SpatialLayout getLayout();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Population#getLayout <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' containment reference.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(SpatialLayout value);

} // Population
