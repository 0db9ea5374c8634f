/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Circuit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .circuit file: the network, its simulation settings, its decoding tasks and its diagram. Populations may sit at top level or inside regions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.neurocircuit.model.Circuit#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getDt <em>Dt</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getBackendId <em>Backend Id</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getPopulations <em>Populations</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getProjections <em>Projections</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getStimuli <em>Stimuli</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getRecorders <em>Recorders</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getDecodingTasks <em>Decoding Tasks</em>}</li>
 *   <li>{@link org.neurocircuit.model.Circuit#getDiagram <em>Diagram</em>}</li>
 * </ul>
 *
 * @see org.neurocircuit.model.ModelPackage#getCircuit()
 * @model
 * @generated
 */
public interface Circuit extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Duration()
	 * @model default="1000.0"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms'"
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Dt</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Integration time step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dt</em>' attribute.
	 * @see #setDt(double)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Dt()
	 * @model default="0.1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='ms' symbol='dt'"
	 * @generated
	 */
	double getDt();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getDt <em>Dt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dt</em>' attribute.
	 * @see #getDt()
	 * @generated
	 */
	void setDt(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"12345"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of all random draws (connectivity, initial state, noise).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Seed()
	 * @model default="12345"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Backend Id</b></em>' attribute.
	 * The default value is <code>"builtin"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the simulation backend that runs the circuit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend Id</em>' attribute.
	 * @see #setBackendId(String)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_BackendId()
	 * @model default="builtin"
	 * @generated
	 */
	String getBackendId();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getBackendId <em>Backend Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Id</em>' attribute.
	 * @see #getBackendId()
	 * @generated
	 */
	void setBackendId(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of worker threads; results do not depend on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Threads()
	 * @model default="1"
	 *        annotation="http://www.neurocircuit.org/model/units unit='1'"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Regions()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Populations</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Population}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Populations outside any region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Populations</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Populations()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Population> getPopulations();

	/**
	 * Returns the value of the '<em><b>Projections</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Projection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projections</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Projections()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Projection> getProjections();

	/**
	 * Returns the value of the '<em><b>Stimuli</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Stimulus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stimuli</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Stimuli()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Stimulus> getStimuli();

	/**
	 * Returns the value of the '<em><b>Recorders</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.Recorder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorders</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Recorders()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Recorder> getRecorders();

	/**
	 * Returns the value of the '<em><b>Decoding Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.neurocircuit.model.DecodingTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decoding Tasks</em>' containment reference list.
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_DecodingTasks()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<DecodingTask> getDecodingTasks();

	/**
	 * Returns the value of the '<em><b>Diagram</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The drawing of this circuit (layout only, no semantics).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram</em>' containment reference.
	 * @see #setDiagram(Diagram)
	 * @see org.neurocircuit.model.ModelPackage#getCircuit_Diagram()
	 * @model containment="true"
	 * @generated
	 */
	Diagram getDiagram();

	/**
	 * Sets the value of the '{@link org.neurocircuit.model.Circuit#getDiagram <em>Diagram</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram</em>' containment reference.
	 * @see #getDiagram()
	 * @generated
	 */
	void setDiagram(Diagram value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All populations of the circuit, top-level ones first, then those of the regions, depth first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Population> allPopulations();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All regions of the circuit, depth first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Region> allRegions();

} // Circuit
