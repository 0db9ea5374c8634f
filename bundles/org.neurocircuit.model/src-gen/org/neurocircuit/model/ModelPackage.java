/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The NeuroCircuit metamodel: circuits of neuron populations, projections, stimuli, recorders, decoding tasks and their diagram. Fixed units (NEST conventions): mV, ms, nS, pA, pF, Hz, µm; each numeric attribute carries its unit in the annotation http://www.neurocircuit.org/model/units.
 * <!-- end-model-doc -->
 * @see org.neurocircuit.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.neurocircuit.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nc";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.neurocircuit.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.NamedElementImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.CircuitImpl <em>Circuit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.CircuitImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getCircuit()
	 * @generated
	 */
	int CIRCUIT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DURATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__SEED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backend Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__BACKEND_ID = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__THREADS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__REGIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Populations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__POPULATIONS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Projections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__PROJECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Stimuli</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__STIMULI = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Recorders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__RECORDERS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Decoding Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DECODING_TASKS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Diagram</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT__DIAGRAM = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Circuit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The operation id for the '<em>All Populations</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___ALL_POPULATIONS = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>All Regions</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT___ALL_REGIONS = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Circuit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.RegionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COLOR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__REGIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Populations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__POPULATIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.PopulationImpl <em>Population</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.PopulationImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPopulation()
	 * @generated
	 */
	int POPULATION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__SIZE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__COLOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Neuron Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__NEURON_MODEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__INITIAL_VALUES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION__LAYOUT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.InitialValueImpl <em>Initial Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.InitialValueImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getInitialValue()
	 * @generated
	 */
	int INITIAL_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_VALUE__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Initial Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Initial Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.NeuronModelImpl <em>Neuron Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.NeuronModelImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNeuronModel()
	 * @generated
	 */
	int NEURON_MODEL = 5;

	/**
	 * The number of structural features of the '<em>Neuron Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Neuron Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.LifCurrentImpl <em>Lif Current</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.LifCurrentImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLifCurrent()
	 * @generated
	 */
	int LIF_CURRENT = 6;

	/**
	 * The feature id for the '<em><b>Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__CM = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tau M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__TAU_M = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>EL</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__EL = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>VTh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__VTH = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>VReset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__VRESET = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>TRef</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__TREF = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>IE</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT__IE = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Lif Current</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Lif Current</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CURRENT_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.LifConductanceImpl <em>Lif Conductance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.LifConductanceImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLifConductance()
	 * @generated
	 */
	int LIF_CONDUCTANCE = 7;

	/**
	 * The feature id for the '<em><b>Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__CM = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>GL</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__GL = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>EL</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__EL = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>VTh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__VTH = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>VReset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__VRESET = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>TRef</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__TREF = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>IE</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE__IE = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Lif Conductance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Lif Conductance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIF_CONDUCTANCE_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.AdExImpl <em>Ad Ex</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.AdExImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getAdEx()
	 * @generated
	 */
	int AD_EX = 8;

	/**
	 * The feature id for the '<em><b>Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__CM = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>GL</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__GL = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>EL</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__EL = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>VT</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__VT = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delta T</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__DELTA_T = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__A = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__B = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tau W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__TAU_W = NEURON_MODEL_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>VReset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__VRESET = NEURON_MODEL_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>VPeak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__VPEAK = NEURON_MODEL_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>TRef</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__TREF = NEURON_MODEL_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>IE</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX__IE = NEURON_MODEL_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Ad Ex</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Ad Ex</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_EX_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.IzhikevichImpl <em>Izhikevich</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.IzhikevichImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getIzhikevich()
	 * @generated
	 */
	int IZHIKEVICH = 9;

	/**
	 * The feature id for the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__A = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__B = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__C = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>D</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__D = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>VPeak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__VPEAK = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>IE</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH__IE = NEURON_MODEL_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Izhikevich</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Izhikevich</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IZHIKEVICH_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.PoissonSourceImpl <em>Poisson Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.PoissonSourceImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPoissonSource()
	 * @generated
	 */
	int POISSON_SOURCE = 10;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_SOURCE__RATE = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Poisson Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_SOURCE_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Poisson Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_SOURCE_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SpikeTimeSourceImpl <em>Spike Time Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SpikeTimeSourceImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTimeSource()
	 * @generated
	 */
	int SPIKE_TIME_SOURCE = 11;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIME_SOURCE__TIMES = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIME_SOURCE__TRAINS = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Spike Time Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIME_SOURCE_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Spike Time Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIME_SOURCE_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SpikeTrainImpl <em>Spike Train</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SpikeTrainImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTrain()
	 * @generated
	 */
	int SPIKE_TRAIN = 12;

	/**
	 * The feature id for the '<em><b>Neuron</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TRAIN__NEURON = 0;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TRAIN__TIMES = 1;

	/**
	 * The number of structural features of the '<em>Spike Train</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TRAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Spike Train</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TRAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.RateUnitImpl <em>Rate Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.RateUnitImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRateUnit()
	 * @generated
	 */
	int RATE_UNIT = 13;

	/**
	 * The feature id for the '<em><b>Tau</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT__TAU = NEURON_MODEL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT__GAIN = NEURON_MODEL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT__THRESHOLD = NEURON_MODEL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Transfer Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT__TRANSFER_FUNCTION = NEURON_MODEL_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Rate Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT_FEATURE_COUNT = NEURON_MODEL_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Rate Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_UNIT_OPERATION_COUNT = NEURON_MODEL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SpatialLayoutImpl <em>Spatial Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SpatialLayoutImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpatialLayout()
	 * @generated
	 */
	int SPATIAL_LAYOUT = 14;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT__CENTER_X = 0;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT__CENTER_Y = 1;

	/**
	 * The feature id for the '<em><b>Center Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT__CENTER_Z = 2;

	/**
	 * The feature id for the '<em><b>Periodic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT__PERIODIC = 3;

	/**
	 * The number of structural features of the '<em>Spatial Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Spatial Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.GridLayoutImpl <em>Grid Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.GridLayoutImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getGridLayout()
	 * @generated
	 */
	int GRID_LAYOUT = 15;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__CENTER_X = SPATIAL_LAYOUT__CENTER_X;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__CENTER_Y = SPATIAL_LAYOUT__CENTER_Y;

	/**
	 * The feature id for the '<em><b>Center Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__CENTER_Z = SPATIAL_LAYOUT__CENTER_Z;

	/**
	 * The feature id for the '<em><b>Periodic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__PERIODIC = SPATIAL_LAYOUT__PERIODIC;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__ROWS = SPATIAL_LAYOUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__COLUMNS = SPATIAL_LAYOUT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT__SPACING = SPATIAL_LAYOUT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Grid Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT_FEATURE_COUNT = SPATIAL_LAYOUT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Grid Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRID_LAYOUT_OPERATION_COUNT = SPATIAL_LAYOUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.RandomBoxLayoutImpl <em>Random Box Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.RandomBoxLayoutImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRandomBoxLayout()
	 * @generated
	 */
	int RANDOM_BOX_LAYOUT = 16;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__CENTER_X = SPATIAL_LAYOUT__CENTER_X;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__CENTER_Y = SPATIAL_LAYOUT__CENTER_Y;

	/**
	 * The feature id for the '<em><b>Center Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__CENTER_Z = SPATIAL_LAYOUT__CENTER_Z;

	/**
	 * The feature id for the '<em><b>Periodic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__PERIODIC = SPATIAL_LAYOUT__PERIODIC;

	/**
	 * The feature id for the '<em><b>Extent X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__EXTENT_X = SPATIAL_LAYOUT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Extent Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__EXTENT_Y = SPATIAL_LAYOUT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Extent Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT__EXTENT_Z = SPATIAL_LAYOUT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Random Box Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT_FEATURE_COUNT = SPATIAL_LAYOUT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Random Box Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_BOX_LAYOUT_OPERATION_COUNT = SPATIAL_LAYOUT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.QuantityImpl <em>Quantity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.QuantityImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 17;

	/**
	 * The number of structural features of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Quantity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ConstantValueImpl <em>Constant Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ConstantValueImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getConstantValue()
	 * @generated
	 */
	int CONSTANT_VALUE = 18;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE__VALUE = QUANTITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Constant Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE_FEATURE_COUNT = QUANTITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Constant Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSTANT_VALUE_OPERATION_COUNT = QUANTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ValueDistributionImpl <em>Value Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ValueDistributionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getValueDistribution()
	 * @generated
	 */
	int VALUE_DISTRIBUTION = 19;

	/**
	 * The number of structural features of the '<em>Value Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_DISTRIBUTION_FEATURE_COUNT = QUANTITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Value Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_DISTRIBUTION_OPERATION_COUNT = QUANTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.UniformDistributionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getUniformDistribution()
	 * @generated
	 */
	int UNIFORM_DISTRIBUTION = 20;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__LOW = VALUE_DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION__HIGH = VALUE_DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_FEATURE_COUNT = VALUE_DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uniform Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIFORM_DISTRIBUTION_OPERATION_COUNT = VALUE_DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.NormalDistributionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNormalDistribution()
	 * @generated
	 */
	int NORMAL_DISTRIBUTION = 21;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__MEAN = VALUE_DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__SD = VALUE_DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__LOW = VALUE_DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION__HIGH = VALUE_DISTRIBUTION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_FEATURE_COUNT = VALUE_DISTRIBUTION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMAL_DISTRIBUTION_OPERATION_COUNT = VALUE_DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.LogNormalDistributionImpl <em>Log Normal Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.LogNormalDistributionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLogNormalDistribution()
	 * @generated
	 */
	int LOG_NORMAL_DISTRIBUTION = 22;

	/**
	 * The feature id for the '<em><b>Mu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_NORMAL_DISTRIBUTION__MU = VALUE_DISTRIBUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_NORMAL_DISTRIBUTION__SIGMA = VALUE_DISTRIBUTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Log Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_NORMAL_DISTRIBUTION_FEATURE_COUNT = VALUE_DISTRIBUTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Log Normal Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_NORMAL_DISTRIBUTION_OPERATION_COUNT = VALUE_DISTRIBUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ProjectionImpl <em>Projection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ProjectionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getProjection()
	 * @generated
	 */
	int PROJECTION = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__RULE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Allow Autapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__ALLOW_AUTAPSES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Allow Multapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__ALLOW_MULTAPSES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__DELAY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__RECEPTOR = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Plasticity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION__PLASTICITY = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Projection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Projection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ReceptorImpl <em>Receptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ReceptorImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptor()
	 * @generated
	 */
	int RECEPTOR = 24;

	/**
	 * The feature id for the '<em><b>Sign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR__SIGN = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR__KIND = 1;

	/**
	 * The feature id for the '<em><b>Kinetics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR__KINETICS = 2;

	/**
	 * The feature id for the '<em><b>Tau Syn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR__TAU_SYN = 3;

	/**
	 * The feature id for the '<em><b>ERev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR__EREV = 4;

	/**
	 * The number of structural features of the '<em>Receptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Receptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ConnectionRuleImpl <em>Connection Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ConnectionRuleImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getConnectionRule()
	 * @generated
	 */
	int CONNECTION_RULE = 25;

	/**
	 * The number of structural features of the '<em>Connection Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RULE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Connection Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.AllToAllImpl <em>All To All</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.AllToAllImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getAllToAll()
	 * @generated
	 */
	int ALL_TO_ALL = 26;

	/**
	 * The number of structural features of the '<em>All To All</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_TO_ALL_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>All To All</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_TO_ALL_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.OneToOneImpl <em>One To One</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.OneToOneImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getOneToOne()
	 * @generated
	 */
	int ONE_TO_ONE = 27;

	/**
	 * The number of structural features of the '<em>One To One</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_TO_ONE_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>One To One</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_TO_ONE_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.FixedProbabilityImpl <em>Fixed Probability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.FixedProbabilityImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedProbability()
	 * @generated
	 */
	int FIXED_PROBABILITY = 28;

	/**
	 * The feature id for the '<em><b>P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY__P = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Probability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Probability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_PROBABILITY_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.FixedInDegreeImpl <em>Fixed In Degree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.FixedInDegreeImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedInDegree()
	 * @generated
	 */
	int FIXED_IN_DEGREE = 29;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE__K = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed In Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed In Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_IN_DEGREE_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.FixedOutDegreeImpl <em>Fixed Out Degree</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.FixedOutDegreeImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedOutDegree()
	 * @generated
	 */
	int FIXED_OUT_DEGREE = 30;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE__K = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fixed Out Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fixed Out Degree</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXED_OUT_DEGREE_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DistanceDependentImpl <em>Distance Dependent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DistanceDependentImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDistanceDependent()
	 * @generated
	 */
	int DISTANCE_DEPENDENT = 31;

	/**
	 * The feature id for the '<em><b>P0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTANCE_DEPENDENT__P0 = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTANCE_DEPENDENT__SIGMA = CONNECTION_RULE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTANCE_DEPENDENT__PROFILE = CONNECTION_RULE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Distance Dependent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTANCE_DEPENDENT_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Distance Dependent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTANCE_DEPENDENT_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ExplicitListImpl <em>Explicit List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ExplicitListImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getExplicitList()
	 * @generated
	 */
	int EXPLICIT_LIST = 32;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_LIST__CONNECTIONS = CONNECTION_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Explicit List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_LIST_FEATURE_COUNT = CONNECTION_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Explicit List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_LIST_OPERATION_COUNT = CONNECTION_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ExplicitConnectionImpl <em>Explicit Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ExplicitConnectionImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getExplicitConnection()
	 * @generated
	 */
	int EXPLICIT_CONNECTION = 33;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION__WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION__DELAY = 3;

	/**
	 * The number of structural features of the '<em>Explicit Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Explicit Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.PlasticityImpl <em>Plasticity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.PlasticityImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPlasticity()
	 * @generated
	 */
	int PLASTICITY = 34;

	/**
	 * The number of structural features of the '<em>Plasticity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Plasticity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLASTICITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.StdpImpl <em>Stdp</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.StdpImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStdp()
	 * @generated
	 */
	int STDP = 35;

	/**
	 * The feature id for the '<em><b>Weight Dependence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__WEIGHT_DEPENDENCE = PLASTICITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tau Plus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__TAU_PLUS = PLASTICITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tau Minus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__TAU_MINUS = PLASTICITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>APlus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__APLUS = PLASTICITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>AMinus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__AMINUS = PLASTICITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>WMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__WMIN = PLASTICITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>WMax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP__WMAX = PLASTICITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Stdp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP_FEATURE_COUNT = PLASTICITY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Stdp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STDP_OPERATION_COUNT = PLASTICITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.ShortTermPlasticityImpl <em>Short Term Plasticity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.ShortTermPlasticityImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getShortTermPlasticity()
	 * @generated
	 */
	int SHORT_TERM_PLASTICITY = 36;

	/**
	 * The feature id for the '<em><b>U</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TERM_PLASTICITY__U = PLASTICITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tau Rec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TERM_PLASTICITY__TAU_REC = PLASTICITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tau Fac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TERM_PLASTICITY__TAU_FAC = PLASTICITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Short Term Plasticity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TERM_PLASTICITY_FEATURE_COUNT = PLASTICITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Short Term Plasticity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TERM_PLASTICITY_OPERATION_COUNT = PLASTICITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.StimulusImpl <em>Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.StimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStimulus()
	 * @generated
	 */
	int STIMULUS = 37;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__START = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS__STOP = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.PoissonStimulusImpl <em>Poisson Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.PoissonStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPoissonStimulus()
	 * @generated
	 */
	int POISSON_STIMULUS = 38;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__RATE = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__WEIGHT = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS__RECEPTOR = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Poisson Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Poisson Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POISSON_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DcStimulusImpl <em>Dc Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DcStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDcStimulus()
	 * @generated
	 */
	int DC_STIMULUS = 39;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS__AMPLITUDE = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dc Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dc Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DC_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.StepStimulusImpl <em>Step Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.StepStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStepStimulus()
	 * @generated
	 */
	int STEP_STIMULUS = 40;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__TIMES = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amplitudes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS__AMPLITUDES = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Step Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Step Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SinusoidStimulusImpl <em>Sinusoid Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SinusoidStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSinusoidStimulus()
	 * @generated
	 */
	int SINUSOID_STIMULUS = 41;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__OFFSET = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__AMPLITUDE = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__FREQUENCY = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS__PHASE = STIMULUS_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sinusoid Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sinusoid Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINUSOID_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SpikeTimesStimulusImpl <em>Spike Times Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SpikeTimesStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTimesStimulus()
	 * @generated
	 */
	int SPIKE_TIMES_STIMULUS = 42;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__TIMES = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__WEIGHT = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Receptor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS__RECEPTOR = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Spike Times Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Spike Times Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_TIMES_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.NoiseStimulusImpl <em>Noise Stimulus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.NoiseStimulusImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNoiseStimulus()
	 * @generated
	 */
	int NOISE_STIMULUS = 43;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__NAME = STIMULUS__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__DESCRIPTION = STIMULUS__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__TARGETS = STIMULUS__TARGETS;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__START = STIMULUS__START;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__STOP = STIMULUS__STOP;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__MEAN = STIMULUS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Std</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS__STD = STIMULUS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Noise Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS_FEATURE_COUNT = STIMULUS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Noise Stimulus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_STIMULUS_OPERATION_COUNT = STIMULUS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.RecorderImpl <em>Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.RecorderImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRecorder()
	 * @generated
	 */
	int RECORDER = 44;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__SUBSET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER__INDICES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORDER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.SpikeRecorderImpl <em>Spike Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.SpikeRecorderImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeRecorder()
	 * @generated
	 */
	int SPIKE_RECORDER = 45;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__TARGETS = RECORDER__TARGETS;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__SUBSET = RECORDER__SUBSET;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__COUNT = RECORDER__COUNT;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER__INDICES = RECORDER__INDICES;

	/**
	 * The number of structural features of the '<em>Spike Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Spike Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPIKE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.StateRecorderImpl <em>State Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.StateRecorderImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStateRecorder()
	 * @generated
	 */
	int STATE_RECORDER = 46;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__TARGETS = RECORDER__TARGETS;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__SUBSET = RECORDER__SUBSET;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__COUNT = RECORDER__COUNT;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__INDICES = RECORDER__INDICES;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__VARIABLE = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER__INTERVAL = RECORDER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>State Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>State Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.RateRecorderImpl <em>Rate Recorder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.RateRecorderImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRateRecorder()
	 * @generated
	 */
	int RATE_RECORDER = 47;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__NAME = RECORDER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__DESCRIPTION = RECORDER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__TARGETS = RECORDER__TARGETS;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__SUBSET = RECORDER__SUBSET;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__COUNT = RECORDER__COUNT;

	/**
	 * The feature id for the '<em><b>Indices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__INDICES = RECORDER__INDICES;

	/**
	 * The feature id for the '<em><b>Bin Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER__BIN_WIDTH = RECORDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Rate Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER_FEATURE_COUNT = RECORDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Rate Recorder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_RECORDER_OPERATION_COUNT = RECORDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DecodingTaskImpl <em>Decoding Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DecodingTaskImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecodingTask()
	 * @generated
	 */
	int DECODING_TASK = 48;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Recorders</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__RECORDERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decoder Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__DECODER_ID = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bin Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__BIN_WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>History Bins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__HISTORY_BINS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Folds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__FOLDS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Causal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK__CAUSAL = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Decoding Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Decoding Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TASK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DecodingTargetImpl <em>Decoding Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DecodingTargetImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecodingTarget()
	 * @generated
	 */
	int DECODING_TARGET = 49;

	/**
	 * The number of structural features of the '<em>Decoding Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TARGET_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Decoding Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODING_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.StimulusTargetImpl <em>Stimulus Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.StimulusTargetImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStimulusTarget()
	 * @generated
	 */
	int STIMULUS_TARGET = 50;

	/**
	 * The feature id for the '<em><b>Stimulus</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_TARGET__STIMULUS = DECODING_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_TARGET__PARAMETER = DECODING_TARGET_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Stimulus Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_TARGET_FEATURE_COUNT = DECODING_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Stimulus Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STIMULUS_TARGET_OPERATION_COUNT = DECODING_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.TimeSeriesTargetImpl <em>Time Series Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.TimeSeriesTargetImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getTimeSeriesTarget()
	 * @generated
	 */
	int TIME_SERIES_TARGET = 51;

	/**
	 * The feature id for the '<em><b>Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SERIES_TARGET__TIMES = DECODING_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SERIES_TARGET__VALUES = DECODING_TARGET_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Time Series Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SERIES_TARGET_FEATURE_COUNT = DECODING_TARGET_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Time Series Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_SERIES_TARGET_OPERATION_COUNT = DECODING_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DecoderParameterImpl <em>Decoder Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DecoderParameterImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecoderParameter()
	 * @generated
	 */
	int DECODER_PARAMETER = 52;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODER_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODER_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Decoder Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODER_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Decoder Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECODER_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DiagramImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 53;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = 0;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 1;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Node For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM___NODE_FOR__NAMEDELEMENT = 0;

	/**
	 * The operation id for the '<em>Edges For</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM___EDGES_FOR__NAMEDELEMENT = 1;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DiagramNodeImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramNode()
	 * @generated
	 */
	int DIAGRAM_NODE = 54;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__HEIGHT = 4;

	/**
	 * The number of structural features of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DiagramEdgeImpl <em>Diagram Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DiagramEdgeImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramEdge()
	 * @generated
	 */
	int DIAGRAM_EDGE = 55;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__BENDPOINTS = 2;

	/**
	 * The number of structural features of the '<em>Diagram Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Diagram Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.impl.DiagramPointImpl <em>Diagram Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.impl.DiagramPointImpl
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramPoint()
	 * @generated
	 */
	int DIAGRAM_POINT = 56;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_POINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_POINT__Y = 1;

	/**
	 * The number of structural features of the '<em>Diagram Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_POINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.ReceptorSign <em>Receptor Sign</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.ReceptorSign
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptorSign()
	 * @generated
	 */
	int RECEPTOR_SIGN = 57;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.ReceptorKind <em>Receptor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.ReceptorKind
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptorKind()
	 * @generated
	 */
	int RECEPTOR_KIND = 58;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.SynapseKinetics <em>Synapse Kinetics</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.SynapseKinetics
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSynapseKinetics()
	 * @generated
	 */
	int SYNAPSE_KINETICS = 59;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.TransferFunction <em>Transfer Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.TransferFunction
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getTransferFunction()
	 * @generated
	 */
	int TRANSFER_FUNCTION = 60;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.DistanceProfile <em>Distance Profile</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.DistanceProfile
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDistanceProfile()
	 * @generated
	 */
	int DISTANCE_PROFILE = 61;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.StdpWeightDependence <em>Stdp Weight Dependence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.StdpWeightDependence
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStdpWeightDependence()
	 * @generated
	 */
	int STDP_WEIGHT_DEPENDENCE = 62;

	/**
	 * The meta object id for the '{@link org.neurocircuit.model.SubsetKind <em>Subset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.neurocircuit.model.SubsetKind
	 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSubsetKind()
	 * @generated
	 */
	int SUBSET_KIND = 63;


	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.neurocircuit.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.neurocircuit.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.neurocircuit.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Circuit <em>Circuit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Circuit</em>'.
	 * @see org.neurocircuit.model.Circuit
	 * @generated
	 */
	EClass getCircuit();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Circuit#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.neurocircuit.model.Circuit#getDuration()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Circuit#getDt <em>Dt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dt</em>'.
	 * @see org.neurocircuit.model.Circuit#getDt()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Dt();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Circuit#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.neurocircuit.model.Circuit#getSeed()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Circuit#getBackendId <em>Backend Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend Id</em>'.
	 * @see org.neurocircuit.model.Circuit#getBackendId()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_BackendId();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Circuit#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.neurocircuit.model.Circuit#getThreads()
	 * @see #getCircuit()
	 * @generated
	 */
	EAttribute getCircuit_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.neurocircuit.model.Circuit#getRegions()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getPopulations <em>Populations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Populations</em>'.
	 * @see org.neurocircuit.model.Circuit#getPopulations()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Populations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getProjections <em>Projections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projections</em>'.
	 * @see org.neurocircuit.model.Circuit#getProjections()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Projections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getStimuli <em>Stimuli</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stimuli</em>'.
	 * @see org.neurocircuit.model.Circuit#getStimuli()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Stimuli();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getRecorders <em>Recorders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recorders</em>'.
	 * @see org.neurocircuit.model.Circuit#getRecorders()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Recorders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Circuit#getDecodingTasks <em>Decoding Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decoding Tasks</em>'.
	 * @see org.neurocircuit.model.Circuit#getDecodingTasks()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_DecodingTasks();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Circuit#getDiagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Diagram</em>'.
	 * @see org.neurocircuit.model.Circuit#getDiagram()
	 * @see #getCircuit()
	 * @generated
	 */
	EReference getCircuit_Diagram();

	/**
	 * Returns the meta object for the '{@link org.neurocircuit.model.Circuit#allPopulations() <em>All Populations</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Populations</em>' operation.
	 * @see org.neurocircuit.model.Circuit#allPopulations()
	 * @generated
	 */
	EOperation getCircuit__AllPopulations();

	/**
	 * Returns the meta object for the '{@link org.neurocircuit.model.Circuit#allRegions() <em>All Regions</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Regions</em>' operation.
	 * @see org.neurocircuit.model.Circuit#allRegions()
	 * @generated
	 */
	EOperation getCircuit__AllRegions();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.neurocircuit.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Region#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.neurocircuit.model.Region#getColor()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Color();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Region#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.neurocircuit.model.Region#getRegions()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Region#getPopulations <em>Populations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Populations</em>'.
	 * @see org.neurocircuit.model.Region#getPopulations()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Populations();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Population <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population</em>'.
	 * @see org.neurocircuit.model.Population
	 * @generated
	 */
	EClass getPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Population#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.neurocircuit.model.Population#getSize()
	 * @see #getPopulation()
	 * @generated
	 */
	EAttribute getPopulation_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Population#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.neurocircuit.model.Population#getColor()
	 * @see #getPopulation()
	 * @generated
	 */
	EAttribute getPopulation_Color();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Population#getNeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Neuron Model</em>'.
	 * @see org.neurocircuit.model.Population#getNeuronModel()
	 * @see #getPopulation()
	 * @generated
	 */
	EReference getPopulation_NeuronModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Population#getInitialValues <em>Initial Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initial Values</em>'.
	 * @see org.neurocircuit.model.Population#getInitialValues()
	 * @see #getPopulation()
	 * @generated
	 */
	EReference getPopulation_InitialValues();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Population#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see org.neurocircuit.model.Population#getLayout()
	 * @see #getPopulation()
	 * @generated
	 */
	EReference getPopulation_Layout();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.InitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initial Value</em>'.
	 * @see org.neurocircuit.model.InitialValue
	 * @generated
	 */
	EClass getInitialValue();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.InitialValue#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.neurocircuit.model.InitialValue#getVariable()
	 * @see #getInitialValue()
	 * @generated
	 */
	EAttribute getInitialValue_Variable();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.InitialValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see org.neurocircuit.model.InitialValue#getValue()
	 * @see #getInitialValue()
	 * @generated
	 */
	EReference getInitialValue_Value();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.NeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuron Model</em>'.
	 * @see org.neurocircuit.model.NeuronModel
	 * @generated
	 */
	EClass getNeuronModel();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.LifCurrent <em>Lif Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lif Current</em>'.
	 * @see org.neurocircuit.model.LifCurrent
	 * @generated
	 */
	EClass getLifCurrent();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getCm <em>Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getCm()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_Cm();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getTauM <em>Tau M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau M</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getTauM()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_TauM();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getEL <em>EL</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>EL</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getEL()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_EL();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getVTh <em>VTh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VTh</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getVTh()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_VTh();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getVReset <em>VReset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VReset</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getVReset()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_VReset();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getTRef <em>TRef</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>TRef</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getTRef()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_TRef();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifCurrent#getIE <em>IE</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>IE</em>'.
	 * @see org.neurocircuit.model.LifCurrent#getIE()
	 * @see #getLifCurrent()
	 * @generated
	 */
	EAttribute getLifCurrent_IE();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.LifConductance <em>Lif Conductance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lif Conductance</em>'.
	 * @see org.neurocircuit.model.LifConductance
	 * @generated
	 */
	EClass getLifConductance();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getCm <em>Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm</em>'.
	 * @see org.neurocircuit.model.LifConductance#getCm()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_Cm();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getGL <em>GL</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GL</em>'.
	 * @see org.neurocircuit.model.LifConductance#getGL()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_GL();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getEL <em>EL</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>EL</em>'.
	 * @see org.neurocircuit.model.LifConductance#getEL()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_EL();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getVTh <em>VTh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VTh</em>'.
	 * @see org.neurocircuit.model.LifConductance#getVTh()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_VTh();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getVReset <em>VReset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VReset</em>'.
	 * @see org.neurocircuit.model.LifConductance#getVReset()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_VReset();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getTRef <em>TRef</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>TRef</em>'.
	 * @see org.neurocircuit.model.LifConductance#getTRef()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_TRef();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LifConductance#getIE <em>IE</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>IE</em>'.
	 * @see org.neurocircuit.model.LifConductance#getIE()
	 * @see #getLifConductance()
	 * @generated
	 */
	EAttribute getLifConductance_IE();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.AdEx <em>Ad Ex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ad Ex</em>'.
	 * @see org.neurocircuit.model.AdEx
	 * @generated
	 */
	EClass getAdEx();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getCm <em>Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm</em>'.
	 * @see org.neurocircuit.model.AdEx#getCm()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_Cm();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getGL <em>GL</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GL</em>'.
	 * @see org.neurocircuit.model.AdEx#getGL()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_GL();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getEL <em>EL</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>EL</em>'.
	 * @see org.neurocircuit.model.AdEx#getEL()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_EL();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getVT <em>VT</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VT</em>'.
	 * @see org.neurocircuit.model.AdEx#getVT()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_VT();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getDeltaT <em>Delta T</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta T</em>'.
	 * @see org.neurocircuit.model.AdEx#getDeltaT()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_DeltaT();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getA <em>A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A</em>'.
	 * @see org.neurocircuit.model.AdEx#getA()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_A();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getB <em>B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>B</em>'.
	 * @see org.neurocircuit.model.AdEx#getB()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_B();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getTauW <em>Tau W</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau W</em>'.
	 * @see org.neurocircuit.model.AdEx#getTauW()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_TauW();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getVReset <em>VReset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VReset</em>'.
	 * @see org.neurocircuit.model.AdEx#getVReset()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_VReset();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getVPeak <em>VPeak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VPeak</em>'.
	 * @see org.neurocircuit.model.AdEx#getVPeak()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_VPeak();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getTRef <em>TRef</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>TRef</em>'.
	 * @see org.neurocircuit.model.AdEx#getTRef()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_TRef();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.AdEx#getIE <em>IE</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>IE</em>'.
	 * @see org.neurocircuit.model.AdEx#getIE()
	 * @see #getAdEx()
	 * @generated
	 */
	EAttribute getAdEx_IE();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Izhikevich <em>Izhikevich</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Izhikevich</em>'.
	 * @see org.neurocircuit.model.Izhikevich
	 * @generated
	 */
	EClass getIzhikevich();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getA <em>A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getA()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_A();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getB <em>B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>B</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getB()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_B();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getC <em>C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getC()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_C();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getD <em>D</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>D</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getD()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_D();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getVPeak <em>VPeak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>VPeak</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getVPeak()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_VPeak();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Izhikevich#getIE <em>IE</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>IE</em>'.
	 * @see org.neurocircuit.model.Izhikevich#getIE()
	 * @see #getIzhikevich()
	 * @generated
	 */
	EAttribute getIzhikevich_IE();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.PoissonSource <em>Poisson Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Poisson Source</em>'.
	 * @see org.neurocircuit.model.PoissonSource
	 * @generated
	 */
	EClass getPoissonSource();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.PoissonSource#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.neurocircuit.model.PoissonSource#getRate()
	 * @see #getPoissonSource()
	 * @generated
	 */
	EAttribute getPoissonSource_Rate();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SpikeTimeSource <em>Spike Time Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Time Source</em>'.
	 * @see org.neurocircuit.model.SpikeTimeSource
	 * @generated
	 */
	EClass getSpikeTimeSource();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.SpikeTimeSource#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.neurocircuit.model.SpikeTimeSource#getTimes()
	 * @see #getSpikeTimeSource()
	 * @generated
	 */
	EAttribute getSpikeTimeSource_Times();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.SpikeTimeSource#getTrains <em>Trains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trains</em>'.
	 * @see org.neurocircuit.model.SpikeTimeSource#getTrains()
	 * @see #getSpikeTimeSource()
	 * @generated
	 */
	EReference getSpikeTimeSource_Trains();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SpikeTrain <em>Spike Train</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Train</em>'.
	 * @see org.neurocircuit.model.SpikeTrain
	 * @generated
	 */
	EClass getSpikeTrain();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpikeTrain#getNeuron <em>Neuron</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Neuron</em>'.
	 * @see org.neurocircuit.model.SpikeTrain#getNeuron()
	 * @see #getSpikeTrain()
	 * @generated
	 */
	EAttribute getSpikeTrain_Neuron();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.SpikeTrain#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.neurocircuit.model.SpikeTrain#getTimes()
	 * @see #getSpikeTrain()
	 * @generated
	 */
	EAttribute getSpikeTrain_Times();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.RateUnit <em>Rate Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rate Unit</em>'.
	 * @see org.neurocircuit.model.RateUnit
	 * @generated
	 */
	EClass getRateUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RateUnit#getTau <em>Tau</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau</em>'.
	 * @see org.neurocircuit.model.RateUnit#getTau()
	 * @see #getRateUnit()
	 * @generated
	 */
	EAttribute getRateUnit_Tau();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RateUnit#getGain <em>Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gain</em>'.
	 * @see org.neurocircuit.model.RateUnit#getGain()
	 * @see #getRateUnit()
	 * @generated
	 */
	EAttribute getRateUnit_Gain();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RateUnit#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.neurocircuit.model.RateUnit#getThreshold()
	 * @see #getRateUnit()
	 * @generated
	 */
	EAttribute getRateUnit_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RateUnit#getTransferFunction <em>Transfer Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transfer Function</em>'.
	 * @see org.neurocircuit.model.RateUnit#getTransferFunction()
	 * @see #getRateUnit()
	 * @generated
	 */
	EAttribute getRateUnit_TransferFunction();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SpatialLayout <em>Spatial Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spatial Layout</em>'.
	 * @see org.neurocircuit.model.SpatialLayout
	 * @generated
	 */
	EClass getSpatialLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpatialLayout#getCenterX <em>Center X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center X</em>'.
	 * @see org.neurocircuit.model.SpatialLayout#getCenterX()
	 * @see #getSpatialLayout()
	 * @generated
	 */
	EAttribute getSpatialLayout_CenterX();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpatialLayout#getCenterY <em>Center Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Y</em>'.
	 * @see org.neurocircuit.model.SpatialLayout#getCenterY()
	 * @see #getSpatialLayout()
	 * @generated
	 */
	EAttribute getSpatialLayout_CenterY();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpatialLayout#getCenterZ <em>Center Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Z</em>'.
	 * @see org.neurocircuit.model.SpatialLayout#getCenterZ()
	 * @see #getSpatialLayout()
	 * @generated
	 */
	EAttribute getSpatialLayout_CenterZ();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpatialLayout#isPeriodic <em>Periodic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periodic</em>'.
	 * @see org.neurocircuit.model.SpatialLayout#isPeriodic()
	 * @see #getSpatialLayout()
	 * @generated
	 */
	EAttribute getSpatialLayout_Periodic();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.GridLayout <em>Grid Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grid Layout</em>'.
	 * @see org.neurocircuit.model.GridLayout
	 * @generated
	 */
	EClass getGridLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.GridLayout#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.neurocircuit.model.GridLayout#getRows()
	 * @see #getGridLayout()
	 * @generated
	 */
	EAttribute getGridLayout_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.GridLayout#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns</em>'.
	 * @see org.neurocircuit.model.GridLayout#getColumns()
	 * @see #getGridLayout()
	 * @generated
	 */
	EAttribute getGridLayout_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.GridLayout#getSpacing <em>Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing</em>'.
	 * @see org.neurocircuit.model.GridLayout#getSpacing()
	 * @see #getGridLayout()
	 * @generated
	 */
	EAttribute getGridLayout_Spacing();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.RandomBoxLayout <em>Random Box Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Random Box Layout</em>'.
	 * @see org.neurocircuit.model.RandomBoxLayout
	 * @generated
	 */
	EClass getRandomBoxLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RandomBoxLayout#getExtentX <em>Extent X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extent X</em>'.
	 * @see org.neurocircuit.model.RandomBoxLayout#getExtentX()
	 * @see #getRandomBoxLayout()
	 * @generated
	 */
	EAttribute getRandomBoxLayout_ExtentX();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RandomBoxLayout#getExtentY <em>Extent Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extent Y</em>'.
	 * @see org.neurocircuit.model.RandomBoxLayout#getExtentY()
	 * @see #getRandomBoxLayout()
	 * @generated
	 */
	EAttribute getRandomBoxLayout_ExtentY();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RandomBoxLayout#getExtentZ <em>Extent Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extent Z</em>'.
	 * @see org.neurocircuit.model.RandomBoxLayout#getExtentZ()
	 * @see #getRandomBoxLayout()
	 * @generated
	 */
	EAttribute getRandomBoxLayout_ExtentZ();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantity</em>'.
	 * @see org.neurocircuit.model.Quantity
	 * @generated
	 */
	EClass getQuantity();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ConstantValue <em>Constant Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Constant Value</em>'.
	 * @see org.neurocircuit.model.ConstantValue
	 * @generated
	 */
	EClass getConstantValue();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ConstantValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.neurocircuit.model.ConstantValue#getValue()
	 * @see #getConstantValue()
	 * @generated
	 */
	EAttribute getConstantValue_Value();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ValueDistribution <em>Value Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Distribution</em>'.
	 * @see org.neurocircuit.model.ValueDistribution
	 * @generated
	 */
	EClass getValueDistribution();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.UniformDistribution <em>Uniform Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uniform Distribution</em>'.
	 * @see org.neurocircuit.model.UniformDistribution
	 * @generated
	 */
	EClass getUniformDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.UniformDistribution#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.neurocircuit.model.UniformDistribution#getLow()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.UniformDistribution#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.neurocircuit.model.UniformDistribution#getHigh()
	 * @see #getUniformDistribution()
	 * @generated
	 */
	EAttribute getUniformDistribution_High();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.NormalDistribution <em>Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normal Distribution</em>'.
	 * @see org.neurocircuit.model.NormalDistribution
	 * @generated
	 */
	EClass getNormalDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NormalDistribution#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.neurocircuit.model.NormalDistribution#getMean()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NormalDistribution#getSd <em>Sd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sd</em>'.
	 * @see org.neurocircuit.model.NormalDistribution#getSd()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_Sd();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NormalDistribution#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.neurocircuit.model.NormalDistribution#getLow()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NormalDistribution#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.neurocircuit.model.NormalDistribution#getHigh()
	 * @see #getNormalDistribution()
	 * @generated
	 */
	EAttribute getNormalDistribution_High();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.LogNormalDistribution <em>Log Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Normal Distribution</em>'.
	 * @see org.neurocircuit.model.LogNormalDistribution
	 * @generated
	 */
	EClass getLogNormalDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LogNormalDistribution#getMu <em>Mu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mu</em>'.
	 * @see org.neurocircuit.model.LogNormalDistribution#getMu()
	 * @see #getLogNormalDistribution()
	 * @generated
	 */
	EAttribute getLogNormalDistribution_Mu();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.LogNormalDistribution#getSigma <em>Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigma</em>'.
	 * @see org.neurocircuit.model.LogNormalDistribution#getSigma()
	 * @see #getLogNormalDistribution()
	 * @generated
	 */
	EAttribute getLogNormalDistribution_Sigma();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Projection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Projection</em>'.
	 * @see org.neurocircuit.model.Projection
	 * @generated
	 */
	EClass getProjection();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.Projection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.neurocircuit.model.Projection#getSource()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.Projection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.neurocircuit.model.Projection#getTarget()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Projection#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rule</em>'.
	 * @see org.neurocircuit.model.Projection#getRule()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Projection#isAllowAutapses <em>Allow Autapses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Autapses</em>'.
	 * @see org.neurocircuit.model.Projection#isAllowAutapses()
	 * @see #getProjection()
	 * @generated
	 */
	EAttribute getProjection_AllowAutapses();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Projection#isAllowMultapses <em>Allow Multapses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Multapses</em>'.
	 * @see org.neurocircuit.model.Projection#isAllowMultapses()
	 * @see #getProjection()
	 * @generated
	 */
	EAttribute getProjection_AllowMultapses();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Projection#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Weight</em>'.
	 * @see org.neurocircuit.model.Projection#getWeight()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Weight();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Projection#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Delay</em>'.
	 * @see org.neurocircuit.model.Projection#getDelay()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Delay();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Projection#getReceptor <em>Receptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Receptor</em>'.
	 * @see org.neurocircuit.model.Projection#getReceptor()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Receptor();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.Projection#getPlasticity <em>Plasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plasticity</em>'.
	 * @see org.neurocircuit.model.Projection#getPlasticity()
	 * @see #getProjection()
	 * @generated
	 */
	EReference getProjection_Plasticity();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Receptor <em>Receptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Receptor</em>'.
	 * @see org.neurocircuit.model.Receptor
	 * @generated
	 */
	EClass getReceptor();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Receptor#getSign <em>Sign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sign</em>'.
	 * @see org.neurocircuit.model.Receptor#getSign()
	 * @see #getReceptor()
	 * @generated
	 */
	EAttribute getReceptor_Sign();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Receptor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.neurocircuit.model.Receptor#getKind()
	 * @see #getReceptor()
	 * @generated
	 */
	EAttribute getReceptor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Receptor#getKinetics <em>Kinetics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kinetics</em>'.
	 * @see org.neurocircuit.model.Receptor#getKinetics()
	 * @see #getReceptor()
	 * @generated
	 */
	EAttribute getReceptor_Kinetics();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Receptor#getTauSyn <em>Tau Syn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau Syn</em>'.
	 * @see org.neurocircuit.model.Receptor#getTauSyn()
	 * @see #getReceptor()
	 * @generated
	 */
	EAttribute getReceptor_TauSyn();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Receptor#getERev <em>ERev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>ERev</em>'.
	 * @see org.neurocircuit.model.Receptor#getERev()
	 * @see #getReceptor()
	 * @generated
	 */
	EAttribute getReceptor_ERev();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ConnectionRule <em>Connection Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection Rule</em>'.
	 * @see org.neurocircuit.model.ConnectionRule
	 * @generated
	 */
	EClass getConnectionRule();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.AllToAll <em>All To All</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>All To All</em>'.
	 * @see org.neurocircuit.model.AllToAll
	 * @generated
	 */
	EClass getAllToAll();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.OneToOne <em>One To One</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>One To One</em>'.
	 * @see org.neurocircuit.model.OneToOne
	 * @generated
	 */
	EClass getOneToOne();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.FixedProbability <em>Fixed Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Probability</em>'.
	 * @see org.neurocircuit.model.FixedProbability
	 * @generated
	 */
	EClass getFixedProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.FixedProbability#getP <em>P</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P</em>'.
	 * @see org.neurocircuit.model.FixedProbability#getP()
	 * @see #getFixedProbability()
	 * @generated
	 */
	EAttribute getFixedProbability_P();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.FixedInDegree <em>Fixed In Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed In Degree</em>'.
	 * @see org.neurocircuit.model.FixedInDegree
	 * @generated
	 */
	EClass getFixedInDegree();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.FixedInDegree#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.neurocircuit.model.FixedInDegree#getK()
	 * @see #getFixedInDegree()
	 * @generated
	 */
	EAttribute getFixedInDegree_K();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.FixedOutDegree <em>Fixed Out Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixed Out Degree</em>'.
	 * @see org.neurocircuit.model.FixedOutDegree
	 * @generated
	 */
	EClass getFixedOutDegree();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.FixedOutDegree#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.neurocircuit.model.FixedOutDegree#getK()
	 * @see #getFixedOutDegree()
	 * @generated
	 */
	EAttribute getFixedOutDegree_K();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DistanceDependent <em>Distance Dependent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distance Dependent</em>'.
	 * @see org.neurocircuit.model.DistanceDependent
	 * @generated
	 */
	EClass getDistanceDependent();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DistanceDependent#getP0 <em>P0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P0</em>'.
	 * @see org.neurocircuit.model.DistanceDependent#getP0()
	 * @see #getDistanceDependent()
	 * @generated
	 */
	EAttribute getDistanceDependent_P0();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DistanceDependent#getSigma <em>Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigma</em>'.
	 * @see org.neurocircuit.model.DistanceDependent#getSigma()
	 * @see #getDistanceDependent()
	 * @generated
	 */
	EAttribute getDistanceDependent_Sigma();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DistanceDependent#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile</em>'.
	 * @see org.neurocircuit.model.DistanceDependent#getProfile()
	 * @see #getDistanceDependent()
	 * @generated
	 */
	EAttribute getDistanceDependent_Profile();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ExplicitList <em>Explicit List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit List</em>'.
	 * @see org.neurocircuit.model.ExplicitList
	 * @generated
	 */
	EClass getExplicitList();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.ExplicitList#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.neurocircuit.model.ExplicitList#getConnections()
	 * @see #getExplicitList()
	 * @generated
	 */
	EReference getExplicitList_Connections();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ExplicitConnection <em>Explicit Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit Connection</em>'.
	 * @see org.neurocircuit.model.ExplicitConnection
	 * @generated
	 */
	EClass getExplicitConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ExplicitConnection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.neurocircuit.model.ExplicitConnection#getSource()
	 * @see #getExplicitConnection()
	 * @generated
	 */
	EAttribute getExplicitConnection_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ExplicitConnection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.neurocircuit.model.ExplicitConnection#getTarget()
	 * @see #getExplicitConnection()
	 * @generated
	 */
	EAttribute getExplicitConnection_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ExplicitConnection#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.neurocircuit.model.ExplicitConnection#getWeight()
	 * @see #getExplicitConnection()
	 * @generated
	 */
	EAttribute getExplicitConnection_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ExplicitConnection#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see org.neurocircuit.model.ExplicitConnection#getDelay()
	 * @see #getExplicitConnection()
	 * @generated
	 */
	EAttribute getExplicitConnection_Delay();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Plasticity <em>Plasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plasticity</em>'.
	 * @see org.neurocircuit.model.Plasticity
	 * @generated
	 */
	EClass getPlasticity();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Stdp <em>Stdp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stdp</em>'.
	 * @see org.neurocircuit.model.Stdp
	 * @generated
	 */
	EClass getStdp();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getWeightDependence <em>Weight Dependence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Dependence</em>'.
	 * @see org.neurocircuit.model.Stdp#getWeightDependence()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_WeightDependence();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getTauPlus <em>Tau Plus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau Plus</em>'.
	 * @see org.neurocircuit.model.Stdp#getTauPlus()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_TauPlus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getTauMinus <em>Tau Minus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau Minus</em>'.
	 * @see org.neurocircuit.model.Stdp#getTauMinus()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_TauMinus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getAPlus <em>APlus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>APlus</em>'.
	 * @see org.neurocircuit.model.Stdp#getAPlus()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_APlus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getAMinus <em>AMinus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>AMinus</em>'.
	 * @see org.neurocircuit.model.Stdp#getAMinus()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_AMinus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getWMin <em>WMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>WMin</em>'.
	 * @see org.neurocircuit.model.Stdp#getWMin()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_WMin();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stdp#getWMax <em>WMax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>WMax</em>'.
	 * @see org.neurocircuit.model.Stdp#getWMax()
	 * @see #getStdp()
	 * @generated
	 */
	EAttribute getStdp_WMax();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.ShortTermPlasticity <em>Short Term Plasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Short Term Plasticity</em>'.
	 * @see org.neurocircuit.model.ShortTermPlasticity
	 * @generated
	 */
	EClass getShortTermPlasticity();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ShortTermPlasticity#getU <em>U</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>U</em>'.
	 * @see org.neurocircuit.model.ShortTermPlasticity#getU()
	 * @see #getShortTermPlasticity()
	 * @generated
	 */
	EAttribute getShortTermPlasticity_U();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ShortTermPlasticity#getTauRec <em>Tau Rec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau Rec</em>'.
	 * @see org.neurocircuit.model.ShortTermPlasticity#getTauRec()
	 * @see #getShortTermPlasticity()
	 * @generated
	 */
	EAttribute getShortTermPlasticity_TauRec();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.ShortTermPlasticity#getTauFac <em>Tau Fac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tau Fac</em>'.
	 * @see org.neurocircuit.model.ShortTermPlasticity#getTauFac()
	 * @see #getShortTermPlasticity()
	 * @generated
	 */
	EAttribute getShortTermPlasticity_TauFac();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Stimulus <em>Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stimulus</em>'.
	 * @see org.neurocircuit.model.Stimulus
	 * @generated
	 */
	EClass getStimulus();

	/**
	 * Returns the meta object for the reference list '{@link org.neurocircuit.model.Stimulus#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.neurocircuit.model.Stimulus#getTargets()
	 * @see #getStimulus()
	 * @generated
	 */
	EReference getStimulus_Targets();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stimulus#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.neurocircuit.model.Stimulus#getStart()
	 * @see #getStimulus()
	 * @generated
	 */
	EAttribute getStimulus_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Stimulus#getStop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop</em>'.
	 * @see org.neurocircuit.model.Stimulus#getStop()
	 * @see #getStimulus()
	 * @generated
	 */
	EAttribute getStimulus_Stop();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.PoissonStimulus <em>Poisson Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Poisson Stimulus</em>'.
	 * @see org.neurocircuit.model.PoissonStimulus
	 * @generated
	 */
	EClass getPoissonStimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.PoissonStimulus#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.neurocircuit.model.PoissonStimulus#getRate()
	 * @see #getPoissonStimulus()
	 * @generated
	 */
	EAttribute getPoissonStimulus_Rate();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.PoissonStimulus#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.neurocircuit.model.PoissonStimulus#getWeight()
	 * @see #getPoissonStimulus()
	 * @generated
	 */
	EAttribute getPoissonStimulus_Weight();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.PoissonStimulus#getReceptor <em>Receptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Receptor</em>'.
	 * @see org.neurocircuit.model.PoissonStimulus#getReceptor()
	 * @see #getPoissonStimulus()
	 * @generated
	 */
	EReference getPoissonStimulus_Receptor();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DcStimulus <em>Dc Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dc Stimulus</em>'.
	 * @see org.neurocircuit.model.DcStimulus
	 * @generated
	 */
	EClass getDcStimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DcStimulus#getAmplitude <em>Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amplitude</em>'.
	 * @see org.neurocircuit.model.DcStimulus#getAmplitude()
	 * @see #getDcStimulus()
	 * @generated
	 */
	EAttribute getDcStimulus_Amplitude();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.StepStimulus <em>Step Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Stimulus</em>'.
	 * @see org.neurocircuit.model.StepStimulus
	 * @generated
	 */
	EClass getStepStimulus();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.StepStimulus#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.neurocircuit.model.StepStimulus#getTimes()
	 * @see #getStepStimulus()
	 * @generated
	 */
	EAttribute getStepStimulus_Times();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.StepStimulus#getAmplitudes <em>Amplitudes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Amplitudes</em>'.
	 * @see org.neurocircuit.model.StepStimulus#getAmplitudes()
	 * @see #getStepStimulus()
	 * @generated
	 */
	EAttribute getStepStimulus_Amplitudes();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SinusoidStimulus <em>Sinusoid Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sinusoid Stimulus</em>'.
	 * @see org.neurocircuit.model.SinusoidStimulus
	 * @generated
	 */
	EClass getSinusoidStimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SinusoidStimulus#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.neurocircuit.model.SinusoidStimulus#getOffset()
	 * @see #getSinusoidStimulus()
	 * @generated
	 */
	EAttribute getSinusoidStimulus_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SinusoidStimulus#getAmplitude <em>Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amplitude</em>'.
	 * @see org.neurocircuit.model.SinusoidStimulus#getAmplitude()
	 * @see #getSinusoidStimulus()
	 * @generated
	 */
	EAttribute getSinusoidStimulus_Amplitude();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SinusoidStimulus#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.neurocircuit.model.SinusoidStimulus#getFrequency()
	 * @see #getSinusoidStimulus()
	 * @generated
	 */
	EAttribute getSinusoidStimulus_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SinusoidStimulus#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.neurocircuit.model.SinusoidStimulus#getPhase()
	 * @see #getSinusoidStimulus()
	 * @generated
	 */
	EAttribute getSinusoidStimulus_Phase();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SpikeTimesStimulus <em>Spike Times Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Times Stimulus</em>'.
	 * @see org.neurocircuit.model.SpikeTimesStimulus
	 * @generated
	 */
	EClass getSpikeTimesStimulus();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.SpikeTimesStimulus#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.neurocircuit.model.SpikeTimesStimulus#getTimes()
	 * @see #getSpikeTimesStimulus()
	 * @generated
	 */
	EAttribute getSpikeTimesStimulus_Times();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.SpikeTimesStimulus#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.neurocircuit.model.SpikeTimesStimulus#getWeight()
	 * @see #getSpikeTimesStimulus()
	 * @generated
	 */
	EAttribute getSpikeTimesStimulus_Weight();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.SpikeTimesStimulus#getReceptor <em>Receptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Receptor</em>'.
	 * @see org.neurocircuit.model.SpikeTimesStimulus#getReceptor()
	 * @see #getSpikeTimesStimulus()
	 * @generated
	 */
	EReference getSpikeTimesStimulus_Receptor();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.NoiseStimulus <em>Noise Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Noise Stimulus</em>'.
	 * @see org.neurocircuit.model.NoiseStimulus
	 * @generated
	 */
	EClass getNoiseStimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NoiseStimulus#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see org.neurocircuit.model.NoiseStimulus#getMean()
	 * @see #getNoiseStimulus()
	 * @generated
	 */
	EAttribute getNoiseStimulus_Mean();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.NoiseStimulus#getStd <em>Std</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Std</em>'.
	 * @see org.neurocircuit.model.NoiseStimulus#getStd()
	 * @see #getNoiseStimulus()
	 * @generated
	 */
	EAttribute getNoiseStimulus_Std();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Recorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recorder</em>'.
	 * @see org.neurocircuit.model.Recorder
	 * @generated
	 */
	EClass getRecorder();

	/**
	 * Returns the meta object for the reference list '{@link org.neurocircuit.model.Recorder#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.neurocircuit.model.Recorder#getTargets()
	 * @see #getRecorder()
	 * @generated
	 */
	EReference getRecorder_Targets();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Recorder#getSubset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subset</em>'.
	 * @see org.neurocircuit.model.Recorder#getSubset()
	 * @see #getRecorder()
	 * @generated
	 */
	EAttribute getRecorder_Subset();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.Recorder#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.neurocircuit.model.Recorder#getCount()
	 * @see #getRecorder()
	 * @generated
	 */
	EAttribute getRecorder_Count();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.Recorder#getIndices <em>Indices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Indices</em>'.
	 * @see org.neurocircuit.model.Recorder#getIndices()
	 * @see #getRecorder()
	 * @generated
	 */
	EAttribute getRecorder_Indices();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.SpikeRecorder <em>Spike Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spike Recorder</em>'.
	 * @see org.neurocircuit.model.SpikeRecorder
	 * @generated
	 */
	EClass getSpikeRecorder();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.StateRecorder <em>State Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Recorder</em>'.
	 * @see org.neurocircuit.model.StateRecorder
	 * @generated
	 */
	EClass getStateRecorder();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.StateRecorder#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable</em>'.
	 * @see org.neurocircuit.model.StateRecorder#getVariable()
	 * @see #getStateRecorder()
	 * @generated
	 */
	EAttribute getStateRecorder_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.StateRecorder#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see org.neurocircuit.model.StateRecorder#getInterval()
	 * @see #getStateRecorder()
	 * @generated
	 */
	EAttribute getStateRecorder_Interval();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.RateRecorder <em>Rate Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rate Recorder</em>'.
	 * @see org.neurocircuit.model.RateRecorder
	 * @generated
	 */
	EClass getRateRecorder();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.RateRecorder#getBinWidth <em>Bin Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bin Width</em>'.
	 * @see org.neurocircuit.model.RateRecorder#getBinWidth()
	 * @see #getRateRecorder()
	 * @generated
	 */
	EAttribute getRateRecorder_BinWidth();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DecodingTask <em>Decoding Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoding Task</em>'.
	 * @see org.neurocircuit.model.DecodingTask
	 * @generated
	 */
	EClass getDecodingTask();

	/**
	 * Returns the meta object for the reference list '{@link org.neurocircuit.model.DecodingTask#getRecorders <em>Recorders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recorders</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getRecorders()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EReference getDecodingTask_Recorders();

	/**
	 * Returns the meta object for the containment reference '{@link org.neurocircuit.model.DecodingTask#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getTarget()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EReference getDecodingTask_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecodingTask#getDecoderId <em>Decoder Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decoder Id</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getDecoderId()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EAttribute getDecodingTask_DecoderId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.DecodingTask#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getParameters()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EReference getDecodingTask_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecodingTask#getBinWidth <em>Bin Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bin Width</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getBinWidth()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EAttribute getDecodingTask_BinWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecodingTask#getHistoryBins <em>History Bins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>History Bins</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getHistoryBins()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EAttribute getDecodingTask_HistoryBins();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecodingTask#getFolds <em>Folds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folds</em>'.
	 * @see org.neurocircuit.model.DecodingTask#getFolds()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EAttribute getDecodingTask_Folds();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecodingTask#isCausal <em>Causal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Causal</em>'.
	 * @see org.neurocircuit.model.DecodingTask#isCausal()
	 * @see #getDecodingTask()
	 * @generated
	 */
	EAttribute getDecodingTask_Causal();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DecodingTarget <em>Decoding Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoding Target</em>'.
	 * @see org.neurocircuit.model.DecodingTarget
	 * @generated
	 */
	EClass getDecodingTarget();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.StimulusTarget <em>Stimulus Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stimulus Target</em>'.
	 * @see org.neurocircuit.model.StimulusTarget
	 * @generated
	 */
	EClass getStimulusTarget();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.StimulusTarget#getStimulus <em>Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stimulus</em>'.
	 * @see org.neurocircuit.model.StimulusTarget#getStimulus()
	 * @see #getStimulusTarget()
	 * @generated
	 */
	EReference getStimulusTarget_Stimulus();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.StimulusTarget#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.neurocircuit.model.StimulusTarget#getParameter()
	 * @see #getStimulusTarget()
	 * @generated
	 */
	EAttribute getStimulusTarget_Parameter();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.TimeSeriesTarget <em>Time Series Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Series Target</em>'.
	 * @see org.neurocircuit.model.TimeSeriesTarget
	 * @generated
	 */
	EClass getTimeSeriesTarget();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.TimeSeriesTarget#getTimes <em>Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times</em>'.
	 * @see org.neurocircuit.model.TimeSeriesTarget#getTimes()
	 * @see #getTimeSeriesTarget()
	 * @generated
	 */
	EAttribute getTimeSeriesTarget_Times();

	/**
	 * Returns the meta object for the attribute list '{@link org.neurocircuit.model.TimeSeriesTarget#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.neurocircuit.model.TimeSeriesTarget#getValues()
	 * @see #getTimeSeriesTarget()
	 * @generated
	 */
	EAttribute getTimeSeriesTarget_Values();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DecoderParameter <em>Decoder Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoder Parameter</em>'.
	 * @see org.neurocircuit.model.DecoderParameter
	 * @generated
	 */
	EClass getDecoderParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecoderParameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.neurocircuit.model.DecoderParameter#getKey()
	 * @see #getDecoderParameter()
	 * @generated
	 */
	EAttribute getDecoderParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DecoderParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.neurocircuit.model.DecoderParameter#getValue()
	 * @see #getDecoderParameter()
	 * @generated
	 */
	EAttribute getDecoderParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.neurocircuit.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.neurocircuit.model.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.neurocircuit.model.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for the '{@link org.neurocircuit.model.Diagram#nodeFor(org.neurocircuit.model.NamedElement) <em>Node For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Node For</em>' operation.
	 * @see org.neurocircuit.model.Diagram#nodeFor(org.neurocircuit.model.NamedElement)
	 * @generated
	 */
	EOperation getDiagram__NodeFor__NamedElement();

	/**
	 * Returns the meta object for the '{@link org.neurocircuit.model.Diagram#edgesFor(org.neurocircuit.model.NamedElement) <em>Edges For</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Edges For</em>' operation.
	 * @see org.neurocircuit.model.Diagram#edgesFor(org.neurocircuit.model.NamedElement)
	 * @generated
	 */
	EOperation getDiagram__EdgesFor__NamedElement();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Node</em>'.
	 * @see org.neurocircuit.model.DiagramNode
	 * @generated
	 */
	EClass getDiagramNode();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.DiagramNode#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.neurocircuit.model.DiagramNode#getElement()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EReference getDiagramNode_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.neurocircuit.model.DiagramNode#getX()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.neurocircuit.model.DiagramNode#getY()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramNode#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.neurocircuit.model.DiagramNode#getWidth()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramNode#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.neurocircuit.model.DiagramNode#getHeight()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Height();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DiagramEdge <em>Diagram Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Edge</em>'.
	 * @see org.neurocircuit.model.DiagramEdge
	 * @generated
	 */
	EClass getDiagramEdge();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.DiagramEdge#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.neurocircuit.model.DiagramEdge#getElement()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Element();

	/**
	 * Returns the meta object for the reference '{@link org.neurocircuit.model.DiagramEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.neurocircuit.model.DiagramEdge#getTarget()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.neurocircuit.model.DiagramEdge#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bendpoints</em>'.
	 * @see org.neurocircuit.model.DiagramEdge#getBendpoints()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Bendpoints();

	/**
	 * Returns the meta object for class '{@link org.neurocircuit.model.DiagramPoint <em>Diagram Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Point</em>'.
	 * @see org.neurocircuit.model.DiagramPoint
	 * @generated
	 */
	EClass getDiagramPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramPoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.neurocircuit.model.DiagramPoint#getX()
	 * @see #getDiagramPoint()
	 * @generated
	 */
	EAttribute getDiagramPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.neurocircuit.model.DiagramPoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.neurocircuit.model.DiagramPoint#getY()
	 * @see #getDiagramPoint()
	 * @generated
	 */
	EAttribute getDiagramPoint_Y();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.ReceptorSign <em>Receptor Sign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Receptor Sign</em>'.
	 * @see org.neurocircuit.model.ReceptorSign
	 * @generated
	 */
	EEnum getReceptorSign();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.ReceptorKind <em>Receptor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Receptor Kind</em>'.
	 * @see org.neurocircuit.model.ReceptorKind
	 * @generated
	 */
	EEnum getReceptorKind();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.SynapseKinetics <em>Synapse Kinetics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Synapse Kinetics</em>'.
	 * @see org.neurocircuit.model.SynapseKinetics
	 * @generated
	 */
	EEnum getSynapseKinetics();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.TransferFunction <em>Transfer Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transfer Function</em>'.
	 * @see org.neurocircuit.model.TransferFunction
	 * @generated
	 */
	EEnum getTransferFunction();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.DistanceProfile <em>Distance Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Distance Profile</em>'.
	 * @see org.neurocircuit.model.DistanceProfile
	 * @generated
	 */
	EEnum getDistanceProfile();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.StdpWeightDependence <em>Stdp Weight Dependence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stdp Weight Dependence</em>'.
	 * @see org.neurocircuit.model.StdpWeightDependence
	 * @generated
	 */
	EEnum getStdpWeightDependence();

	/**
	 * Returns the meta object for enum '{@link org.neurocircuit.model.SubsetKind <em>Subset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subset Kind</em>'.
	 * @see org.neurocircuit.model.SubsetKind
	 * @generated
	 */
	EEnum getSubsetKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.NamedElementImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.CircuitImpl <em>Circuit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.CircuitImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getCircuit()
		 * @generated
		 */
		EClass CIRCUIT = eINSTANCE.getCircuit();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__DURATION = eINSTANCE.getCircuit_Duration();

		/**
		 * The meta object literal for the '<em><b>Dt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__DT = eINSTANCE.getCircuit_Dt();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__SEED = eINSTANCE.getCircuit_Seed();

		/**
		 * The meta object literal for the '<em><b>Backend Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__BACKEND_ID = eINSTANCE.getCircuit_BackendId();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT__THREADS = eINSTANCE.getCircuit_Threads();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__REGIONS = eINSTANCE.getCircuit_Regions();

		/**
		 * The meta object literal for the '<em><b>Populations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__POPULATIONS = eINSTANCE.getCircuit_Populations();

		/**
		 * The meta object literal for the '<em><b>Projections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__PROJECTIONS = eINSTANCE.getCircuit_Projections();

		/**
		 * The meta object literal for the '<em><b>Stimuli</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__STIMULI = eINSTANCE.getCircuit_Stimuli();

		/**
		 * The meta object literal for the '<em><b>Recorders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__RECORDERS = eINSTANCE.getCircuit_Recorders();

		/**
		 * The meta object literal for the '<em><b>Decoding Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__DECODING_TASKS = eINSTANCE.getCircuit_DecodingTasks();

		/**
		 * The meta object literal for the '<em><b>Diagram</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT__DIAGRAM = eINSTANCE.getCircuit_Diagram();

		/**
		 * The meta object literal for the '<em><b>All Populations</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___ALL_POPULATIONS = eINSTANCE.getCircuit__AllPopulations();

		/**
		 * The meta object literal for the '<em><b>All Regions</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CIRCUIT___ALL_REGIONS = eINSTANCE.getCircuit__AllRegions();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.RegionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__COLOR = eINSTANCE.getRegion_Color();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__REGIONS = eINSTANCE.getRegion_Regions();

		/**
		 * The meta object literal for the '<em><b>Populations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__POPULATIONS = eINSTANCE.getRegion_Populations();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.PopulationImpl <em>Population</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.PopulationImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPopulation()
		 * @generated
		 */
		EClass POPULATION = eINSTANCE.getPopulation();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION__SIZE = eINSTANCE.getPopulation_Size();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION__COLOR = eINSTANCE.getPopulation_Color();

		/**
		 * The meta object literal for the '<em><b>Neuron Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION__NEURON_MODEL = eINSTANCE.getPopulation_NeuronModel();

		/**
		 * The meta object literal for the '<em><b>Initial Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION__INITIAL_VALUES = eINSTANCE.getPopulation_InitialValues();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POPULATION__LAYOUT = eINSTANCE.getPopulation_Layout();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.InitialValueImpl <em>Initial Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.InitialValueImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getInitialValue()
		 * @generated
		 */
		EClass INITIAL_VALUE = eINSTANCE.getInitialValue();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_VALUE__VARIABLE = eINSTANCE.getInitialValue_Variable();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIAL_VALUE__VALUE = eINSTANCE.getInitialValue_Value();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.NeuronModelImpl <em>Neuron Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.NeuronModelImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNeuronModel()
		 * @generated
		 */
		EClass NEURON_MODEL = eINSTANCE.getNeuronModel();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.LifCurrentImpl <em>Lif Current</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.LifCurrentImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLifCurrent()
		 * @generated
		 */
		EClass LIF_CURRENT = eINSTANCE.getLifCurrent();

		/**
		 * The meta object literal for the '<em><b>Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__CM = eINSTANCE.getLifCurrent_Cm();

		/**
		 * The meta object literal for the '<em><b>Tau M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__TAU_M = eINSTANCE.getLifCurrent_TauM();

		/**
		 * The meta object literal for the '<em><b>EL</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__EL = eINSTANCE.getLifCurrent_EL();

		/**
		 * The meta object literal for the '<em><b>VTh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__VTH = eINSTANCE.getLifCurrent_VTh();

		/**
		 * The meta object literal for the '<em><b>VReset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__VRESET = eINSTANCE.getLifCurrent_VReset();

		/**
		 * The meta object literal for the '<em><b>TRef</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__TREF = eINSTANCE.getLifCurrent_TRef();

		/**
		 * The meta object literal for the '<em><b>IE</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CURRENT__IE = eINSTANCE.getLifCurrent_IE();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.LifConductanceImpl <em>Lif Conductance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.LifConductanceImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLifConductance()
		 * @generated
		 */
		EClass LIF_CONDUCTANCE = eINSTANCE.getLifConductance();

		/**
		 * The meta object literal for the '<em><b>Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__CM = eINSTANCE.getLifConductance_Cm();

		/**
		 * The meta object literal for the '<em><b>GL</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__GL = eINSTANCE.getLifConductance_GL();

		/**
		 * The meta object literal for the '<em><b>EL</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__EL = eINSTANCE.getLifConductance_EL();

		/**
		 * The meta object literal for the '<em><b>VTh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__VTH = eINSTANCE.getLifConductance_VTh();

		/**
		 * The meta object literal for the '<em><b>VReset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__VRESET = eINSTANCE.getLifConductance_VReset();

		/**
		 * The meta object literal for the '<em><b>TRef</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__TREF = eINSTANCE.getLifConductance_TRef();

		/**
		 * The meta object literal for the '<em><b>IE</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIF_CONDUCTANCE__IE = eINSTANCE.getLifConductance_IE();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.AdExImpl <em>Ad Ex</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.AdExImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getAdEx()
		 * @generated
		 */
		EClass AD_EX = eINSTANCE.getAdEx();

		/**
		 * The meta object literal for the '<em><b>Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__CM = eINSTANCE.getAdEx_Cm();

		/**
		 * The meta object literal for the '<em><b>GL</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__GL = eINSTANCE.getAdEx_GL();

		/**
		 * The meta object literal for the '<em><b>EL</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__EL = eINSTANCE.getAdEx_EL();

		/**
		 * The meta object literal for the '<em><b>VT</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__VT = eINSTANCE.getAdEx_VT();

		/**
		 * The meta object literal for the '<em><b>Delta T</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__DELTA_T = eINSTANCE.getAdEx_DeltaT();

		/**
		 * The meta object literal for the '<em><b>A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__A = eINSTANCE.getAdEx_A();

		/**
		 * The meta object literal for the '<em><b>B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__B = eINSTANCE.getAdEx_B();

		/**
		 * The meta object literal for the '<em><b>Tau W</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__TAU_W = eINSTANCE.getAdEx_TauW();

		/**
		 * The meta object literal for the '<em><b>VReset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__VRESET = eINSTANCE.getAdEx_VReset();

		/**
		 * The meta object literal for the '<em><b>VPeak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__VPEAK = eINSTANCE.getAdEx_VPeak();

		/**
		 * The meta object literal for the '<em><b>TRef</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__TREF = eINSTANCE.getAdEx_TRef();

		/**
		 * The meta object literal for the '<em><b>IE</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_EX__IE = eINSTANCE.getAdEx_IE();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.IzhikevichImpl <em>Izhikevich</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.IzhikevichImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getIzhikevich()
		 * @generated
		 */
		EClass IZHIKEVICH = eINSTANCE.getIzhikevich();

		/**
		 * The meta object literal for the '<em><b>A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__A = eINSTANCE.getIzhikevich_A();

		/**
		 * The meta object literal for the '<em><b>B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__B = eINSTANCE.getIzhikevich_B();

		/**
		 * The meta object literal for the '<em><b>C</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__C = eINSTANCE.getIzhikevich_C();

		/**
		 * The meta object literal for the '<em><b>D</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__D = eINSTANCE.getIzhikevich_D();

		/**
		 * The meta object literal for the '<em><b>VPeak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__VPEAK = eINSTANCE.getIzhikevich_VPeak();

		/**
		 * The meta object literal for the '<em><b>IE</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IZHIKEVICH__IE = eINSTANCE.getIzhikevich_IE();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.PoissonSourceImpl <em>Poisson Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.PoissonSourceImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPoissonSource()
		 * @generated
		 */
		EClass POISSON_SOURCE = eINSTANCE.getPoissonSource();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_SOURCE__RATE = eINSTANCE.getPoissonSource_Rate();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SpikeTimeSourceImpl <em>Spike Time Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SpikeTimeSourceImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTimeSource()
		 * @generated
		 */
		EClass SPIKE_TIME_SOURCE = eINSTANCE.getSpikeTimeSource();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_TIME_SOURCE__TIMES = eINSTANCE.getSpikeTimeSource_Times();

		/**
		 * The meta object literal for the '<em><b>Trains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPIKE_TIME_SOURCE__TRAINS = eINSTANCE.getSpikeTimeSource_Trains();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SpikeTrainImpl <em>Spike Train</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SpikeTrainImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTrain()
		 * @generated
		 */
		EClass SPIKE_TRAIN = eINSTANCE.getSpikeTrain();

		/**
		 * The meta object literal for the '<em><b>Neuron</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_TRAIN__NEURON = eINSTANCE.getSpikeTrain_Neuron();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_TRAIN__TIMES = eINSTANCE.getSpikeTrain_Times();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.RateUnitImpl <em>Rate Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.RateUnitImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRateUnit()
		 * @generated
		 */
		EClass RATE_UNIT = eINSTANCE.getRateUnit();

		/**
		 * The meta object literal for the '<em><b>Tau</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_UNIT__TAU = eINSTANCE.getRateUnit_Tau();

		/**
		 * The meta object literal for the '<em><b>Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_UNIT__GAIN = eINSTANCE.getRateUnit_Gain();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_UNIT__THRESHOLD = eINSTANCE.getRateUnit_Threshold();

		/**
		 * The meta object literal for the '<em><b>Transfer Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_UNIT__TRANSFER_FUNCTION = eINSTANCE.getRateUnit_TransferFunction();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SpatialLayoutImpl <em>Spatial Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SpatialLayoutImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpatialLayout()
		 * @generated
		 */
		EClass SPATIAL_LAYOUT = eINSTANCE.getSpatialLayout();

		/**
		 * The meta object literal for the '<em><b>Center X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_LAYOUT__CENTER_X = eINSTANCE.getSpatialLayout_CenterX();

		/**
		 * The meta object literal for the '<em><b>Center Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_LAYOUT__CENTER_Y = eINSTANCE.getSpatialLayout_CenterY();

		/**
		 * The meta object literal for the '<em><b>Center Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_LAYOUT__CENTER_Z = eINSTANCE.getSpatialLayout_CenterZ();

		/**
		 * The meta object literal for the '<em><b>Periodic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_LAYOUT__PERIODIC = eINSTANCE.getSpatialLayout_Periodic();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.GridLayoutImpl <em>Grid Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.GridLayoutImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getGridLayout()
		 * @generated
		 */
		EClass GRID_LAYOUT = eINSTANCE.getGridLayout();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_LAYOUT__ROWS = eINSTANCE.getGridLayout_Rows();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_LAYOUT__COLUMNS = eINSTANCE.getGridLayout_Columns();

		/**
		 * The meta object literal for the '<em><b>Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRID_LAYOUT__SPACING = eINSTANCE.getGridLayout_Spacing();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.RandomBoxLayoutImpl <em>Random Box Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.RandomBoxLayoutImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRandomBoxLayout()
		 * @generated
		 */
		EClass RANDOM_BOX_LAYOUT = eINSTANCE.getRandomBoxLayout();

		/**
		 * The meta object literal for the '<em><b>Extent X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_BOX_LAYOUT__EXTENT_X = eINSTANCE.getRandomBoxLayout_ExtentX();

		/**
		 * The meta object literal for the '<em><b>Extent Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_BOX_LAYOUT__EXTENT_Y = eINSTANCE.getRandomBoxLayout_ExtentY();

		/**
		 * The meta object literal for the '<em><b>Extent Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_BOX_LAYOUT__EXTENT_Z = eINSTANCE.getRandomBoxLayout_ExtentZ();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.QuantityImpl <em>Quantity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.QuantityImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getQuantity()
		 * @generated
		 */
		EClass QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ConstantValueImpl <em>Constant Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ConstantValueImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getConstantValue()
		 * @generated
		 */
		EClass CONSTANT_VALUE = eINSTANCE.getConstantValue();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSTANT_VALUE__VALUE = eINSTANCE.getConstantValue_Value();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ValueDistributionImpl <em>Value Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ValueDistributionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getValueDistribution()
		 * @generated
		 */
		EClass VALUE_DISTRIBUTION = eINSTANCE.getValueDistribution();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.UniformDistributionImpl <em>Uniform Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.UniformDistributionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getUniformDistribution()
		 * @generated
		 */
		EClass UNIFORM_DISTRIBUTION = eINSTANCE.getUniformDistribution();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__LOW = eINSTANCE.getUniformDistribution_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIFORM_DISTRIBUTION__HIGH = eINSTANCE.getUniformDistribution_High();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.NormalDistributionImpl <em>Normal Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.NormalDistributionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNormalDistribution()
		 * @generated
		 */
		EClass NORMAL_DISTRIBUTION = eINSTANCE.getNormalDistribution();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__MEAN = eINSTANCE.getNormalDistribution_Mean();

		/**
		 * The meta object literal for the '<em><b>Sd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__SD = eINSTANCE.getNormalDistribution_Sd();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__LOW = eINSTANCE.getNormalDistribution_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMAL_DISTRIBUTION__HIGH = eINSTANCE.getNormalDistribution_High();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.LogNormalDistributionImpl <em>Log Normal Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.LogNormalDistributionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getLogNormalDistribution()
		 * @generated
		 */
		EClass LOG_NORMAL_DISTRIBUTION = eINSTANCE.getLogNormalDistribution();

		/**
		 * The meta object literal for the '<em><b>Mu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_NORMAL_DISTRIBUTION__MU = eINSTANCE.getLogNormalDistribution_Mu();

		/**
		 * The meta object literal for the '<em><b>Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_NORMAL_DISTRIBUTION__SIGMA = eINSTANCE.getLogNormalDistribution_Sigma();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ProjectionImpl <em>Projection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ProjectionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getProjection()
		 * @generated
		 */
		EClass PROJECTION = eINSTANCE.getProjection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__SOURCE = eINSTANCE.getProjection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__TARGET = eINSTANCE.getProjection_Target();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__RULE = eINSTANCE.getProjection_Rule();

		/**
		 * The meta object literal for the '<em><b>Allow Autapses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECTION__ALLOW_AUTAPSES = eINSTANCE.getProjection_AllowAutapses();

		/**
		 * The meta object literal for the '<em><b>Allow Multapses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECTION__ALLOW_MULTAPSES = eINSTANCE.getProjection_AllowMultapses();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__WEIGHT = eINSTANCE.getProjection_Weight();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__DELAY = eINSTANCE.getProjection_Delay();

		/**
		 * The meta object literal for the '<em><b>Receptor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__RECEPTOR = eINSTANCE.getProjection_Receptor();

		/**
		 * The meta object literal for the '<em><b>Plasticity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECTION__PLASTICITY = eINSTANCE.getProjection_Plasticity();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ReceptorImpl <em>Receptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ReceptorImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptor()
		 * @generated
		 */
		EClass RECEPTOR = eINSTANCE.getReceptor();

		/**
		 * The meta object literal for the '<em><b>Sign</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEPTOR__SIGN = eINSTANCE.getReceptor_Sign();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEPTOR__KIND = eINSTANCE.getReceptor_Kind();

		/**
		 * The meta object literal for the '<em><b>Kinetics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEPTOR__KINETICS = eINSTANCE.getReceptor_Kinetics();

		/**
		 * The meta object literal for the '<em><b>Tau Syn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEPTOR__TAU_SYN = eINSTANCE.getReceptor_TauSyn();

		/**
		 * The meta object literal for the '<em><b>ERev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEPTOR__EREV = eINSTANCE.getReceptor_ERev();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ConnectionRuleImpl <em>Connection Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ConnectionRuleImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getConnectionRule()
		 * @generated
		 */
		EClass CONNECTION_RULE = eINSTANCE.getConnectionRule();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.AllToAllImpl <em>All To All</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.AllToAllImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getAllToAll()
		 * @generated
		 */
		EClass ALL_TO_ALL = eINSTANCE.getAllToAll();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.OneToOneImpl <em>One To One</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.OneToOneImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getOneToOne()
		 * @generated
		 */
		EClass ONE_TO_ONE = eINSTANCE.getOneToOne();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.FixedProbabilityImpl <em>Fixed Probability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.FixedProbabilityImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedProbability()
		 * @generated
		 */
		EClass FIXED_PROBABILITY = eINSTANCE.getFixedProbability();

		/**
		 * The meta object literal for the '<em><b>P</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_PROBABILITY__P = eINSTANCE.getFixedProbability_P();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.FixedInDegreeImpl <em>Fixed In Degree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.FixedInDegreeImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedInDegree()
		 * @generated
		 */
		EClass FIXED_IN_DEGREE = eINSTANCE.getFixedInDegree();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_IN_DEGREE__K = eINSTANCE.getFixedInDegree_K();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.FixedOutDegreeImpl <em>Fixed Out Degree</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.FixedOutDegreeImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getFixedOutDegree()
		 * @generated
		 */
		EClass FIXED_OUT_DEGREE = eINSTANCE.getFixedOutDegree();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXED_OUT_DEGREE__K = eINSTANCE.getFixedOutDegree_K();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DistanceDependentImpl <em>Distance Dependent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DistanceDependentImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDistanceDependent()
		 * @generated
		 */
		EClass DISTANCE_DEPENDENT = eINSTANCE.getDistanceDependent();

		/**
		 * The meta object literal for the '<em><b>P0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTANCE_DEPENDENT__P0 = eINSTANCE.getDistanceDependent_P0();

		/**
		 * The meta object literal for the '<em><b>Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTANCE_DEPENDENT__SIGMA = eINSTANCE.getDistanceDependent_Sigma();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTANCE_DEPENDENT__PROFILE = eINSTANCE.getDistanceDependent_Profile();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ExplicitListImpl <em>Explicit List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ExplicitListImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getExplicitList()
		 * @generated
		 */
		EClass EXPLICIT_LIST = eINSTANCE.getExplicitList();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPLICIT_LIST__CONNECTIONS = eINSTANCE.getExplicitList_Connections();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ExplicitConnectionImpl <em>Explicit Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ExplicitConnectionImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getExplicitConnection()
		 * @generated
		 */
		EClass EXPLICIT_CONNECTION = eINSTANCE.getExplicitConnection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_CONNECTION__SOURCE = eINSTANCE.getExplicitConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_CONNECTION__TARGET = eINSTANCE.getExplicitConnection_Target();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_CONNECTION__WEIGHT = eINSTANCE.getExplicitConnection_Weight();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_CONNECTION__DELAY = eINSTANCE.getExplicitConnection_Delay();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.PlasticityImpl <em>Plasticity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.PlasticityImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPlasticity()
		 * @generated
		 */
		EClass PLASTICITY = eINSTANCE.getPlasticity();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.StdpImpl <em>Stdp</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.StdpImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStdp()
		 * @generated
		 */
		EClass STDP = eINSTANCE.getStdp();

		/**
		 * The meta object literal for the '<em><b>Weight Dependence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__WEIGHT_DEPENDENCE = eINSTANCE.getStdp_WeightDependence();

		/**
		 * The meta object literal for the '<em><b>Tau Plus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__TAU_PLUS = eINSTANCE.getStdp_TauPlus();

		/**
		 * The meta object literal for the '<em><b>Tau Minus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__TAU_MINUS = eINSTANCE.getStdp_TauMinus();

		/**
		 * The meta object literal for the '<em><b>APlus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__APLUS = eINSTANCE.getStdp_APlus();

		/**
		 * The meta object literal for the '<em><b>AMinus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__AMINUS = eINSTANCE.getStdp_AMinus();

		/**
		 * The meta object literal for the '<em><b>WMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__WMIN = eINSTANCE.getStdp_WMin();

		/**
		 * The meta object literal for the '<em><b>WMax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STDP__WMAX = eINSTANCE.getStdp_WMax();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.ShortTermPlasticityImpl <em>Short Term Plasticity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.ShortTermPlasticityImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getShortTermPlasticity()
		 * @generated
		 */
		EClass SHORT_TERM_PLASTICITY = eINSTANCE.getShortTermPlasticity();

		/**
		 * The meta object literal for the '<em><b>U</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_TERM_PLASTICITY__U = eINSTANCE.getShortTermPlasticity_U();

		/**
		 * The meta object literal for the '<em><b>Tau Rec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_TERM_PLASTICITY__TAU_REC = eINSTANCE.getShortTermPlasticity_TauRec();

		/**
		 * The meta object literal for the '<em><b>Tau Fac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHORT_TERM_PLASTICITY__TAU_FAC = eINSTANCE.getShortTermPlasticity_TauFac();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.StimulusImpl <em>Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.StimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStimulus()
		 * @generated
		 */
		EClass STIMULUS = eINSTANCE.getStimulus();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STIMULUS__TARGETS = eINSTANCE.getStimulus_Targets();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STIMULUS__START = eINSTANCE.getStimulus_Start();

		/**
		 * The meta object literal for the '<em><b>Stop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STIMULUS__STOP = eINSTANCE.getStimulus_Stop();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.PoissonStimulusImpl <em>Poisson Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.PoissonStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getPoissonStimulus()
		 * @generated
		 */
		EClass POISSON_STIMULUS = eINSTANCE.getPoissonStimulus();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_STIMULUS__RATE = eINSTANCE.getPoissonStimulus_Rate();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POISSON_STIMULUS__WEIGHT = eINSTANCE.getPoissonStimulus_Weight();

		/**
		 * The meta object literal for the '<em><b>Receptor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POISSON_STIMULUS__RECEPTOR = eINSTANCE.getPoissonStimulus_Receptor();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DcStimulusImpl <em>Dc Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DcStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDcStimulus()
		 * @generated
		 */
		EClass DC_STIMULUS = eINSTANCE.getDcStimulus();

		/**
		 * The meta object literal for the '<em><b>Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DC_STIMULUS__AMPLITUDE = eINSTANCE.getDcStimulus_Amplitude();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.StepStimulusImpl <em>Step Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.StepStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStepStimulus()
		 * @generated
		 */
		EClass STEP_STIMULUS = eINSTANCE.getStepStimulus();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_STIMULUS__TIMES = eINSTANCE.getStepStimulus_Times();

		/**
		 * The meta object literal for the '<em><b>Amplitudes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_STIMULUS__AMPLITUDES = eINSTANCE.getStepStimulus_Amplitudes();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SinusoidStimulusImpl <em>Sinusoid Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SinusoidStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSinusoidStimulus()
		 * @generated
		 */
		EClass SINUSOID_STIMULUS = eINSTANCE.getSinusoidStimulus();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINUSOID_STIMULUS__OFFSET = eINSTANCE.getSinusoidStimulus_Offset();

		/**
		 * The meta object literal for the '<em><b>Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINUSOID_STIMULUS__AMPLITUDE = eINSTANCE.getSinusoidStimulus_Amplitude();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINUSOID_STIMULUS__FREQUENCY = eINSTANCE.getSinusoidStimulus_Frequency();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SINUSOID_STIMULUS__PHASE = eINSTANCE.getSinusoidStimulus_Phase();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SpikeTimesStimulusImpl <em>Spike Times Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SpikeTimesStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeTimesStimulus()
		 * @generated
		 */
		EClass SPIKE_TIMES_STIMULUS = eINSTANCE.getSpikeTimesStimulus();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_TIMES_STIMULUS__TIMES = eINSTANCE.getSpikeTimesStimulus_Times();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPIKE_TIMES_STIMULUS__WEIGHT = eINSTANCE.getSpikeTimesStimulus_Weight();

		/**
		 * The meta object literal for the '<em><b>Receptor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPIKE_TIMES_STIMULUS__RECEPTOR = eINSTANCE.getSpikeTimesStimulus_Receptor();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.NoiseStimulusImpl <em>Noise Stimulus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.NoiseStimulusImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getNoiseStimulus()
		 * @generated
		 */
		EClass NOISE_STIMULUS = eINSTANCE.getNoiseStimulus();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_STIMULUS__MEAN = eINSTANCE.getNoiseStimulus_Mean();

		/**
		 * The meta object literal for the '<em><b>Std</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_STIMULUS__STD = eINSTANCE.getNoiseStimulus_Std();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.RecorderImpl <em>Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.RecorderImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRecorder()
		 * @generated
		 */
		EClass RECORDER = eINSTANCE.getRecorder();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORDER__TARGETS = eINSTANCE.getRecorder_Targets();

		/**
		 * The meta object literal for the '<em><b>Subset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORDER__SUBSET = eINSTANCE.getRecorder_Subset();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORDER__COUNT = eINSTANCE.getRecorder_Count();

		/**
		 * The meta object literal for the '<em><b>Indices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORDER__INDICES = eINSTANCE.getRecorder_Indices();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.SpikeRecorderImpl <em>Spike Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.SpikeRecorderImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSpikeRecorder()
		 * @generated
		 */
		EClass SPIKE_RECORDER = eINSTANCE.getSpikeRecorder();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.StateRecorderImpl <em>State Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.StateRecorderImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStateRecorder()
		 * @generated
		 */
		EClass STATE_RECORDER = eINSTANCE.getStateRecorder();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RECORDER__VARIABLE = eINSTANCE.getStateRecorder_Variable();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_RECORDER__INTERVAL = eINSTANCE.getStateRecorder_Interval();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.RateRecorderImpl <em>Rate Recorder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.RateRecorderImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getRateRecorder()
		 * @generated
		 */
		EClass RATE_RECORDER = eINSTANCE.getRateRecorder();

		/**
		 * The meta object literal for the '<em><b>Bin Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE_RECORDER__BIN_WIDTH = eINSTANCE.getRateRecorder_BinWidth();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DecodingTaskImpl <em>Decoding Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DecodingTaskImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecodingTask()
		 * @generated
		 */
		EClass DECODING_TASK = eINSTANCE.getDecodingTask();

		/**
		 * The meta object literal for the '<em><b>Recorders</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECODING_TASK__RECORDERS = eINSTANCE.getDecodingTask_Recorders();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECODING_TASK__TARGET = eINSTANCE.getDecodingTask_Target();

		/**
		 * The meta object literal for the '<em><b>Decoder Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODING_TASK__DECODER_ID = eINSTANCE.getDecodingTask_DecoderId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECODING_TASK__PARAMETERS = eINSTANCE.getDecodingTask_Parameters();

		/**
		 * The meta object literal for the '<em><b>Bin Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODING_TASK__BIN_WIDTH = eINSTANCE.getDecodingTask_BinWidth();

		/**
		 * The meta object literal for the '<em><b>History Bins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODING_TASK__HISTORY_BINS = eINSTANCE.getDecodingTask_HistoryBins();

		/**
		 * The meta object literal for the '<em><b>Folds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODING_TASK__FOLDS = eINSTANCE.getDecodingTask_Folds();

		/**
		 * The meta object literal for the '<em><b>Causal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODING_TASK__CAUSAL = eINSTANCE.getDecodingTask_Causal();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DecodingTargetImpl <em>Decoding Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DecodingTargetImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecodingTarget()
		 * @generated
		 */
		EClass DECODING_TARGET = eINSTANCE.getDecodingTarget();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.StimulusTargetImpl <em>Stimulus Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.StimulusTargetImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStimulusTarget()
		 * @generated
		 */
		EClass STIMULUS_TARGET = eINSTANCE.getStimulusTarget();

		/**
		 * The meta object literal for the '<em><b>Stimulus</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STIMULUS_TARGET__STIMULUS = eINSTANCE.getStimulusTarget_Stimulus();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STIMULUS_TARGET__PARAMETER = eINSTANCE.getStimulusTarget_Parameter();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.TimeSeriesTargetImpl <em>Time Series Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.TimeSeriesTargetImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getTimeSeriesTarget()
		 * @generated
		 */
		EClass TIME_SERIES_TARGET = eINSTANCE.getTimeSeriesTarget();

		/**
		 * The meta object literal for the '<em><b>Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_SERIES_TARGET__TIMES = eINSTANCE.getTimeSeriesTarget_Times();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_SERIES_TARGET__VALUES = eINSTANCE.getTimeSeriesTarget_Values();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DecoderParameterImpl <em>Decoder Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DecoderParameterImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDecoderParameter()
		 * @generated
		 */
		EClass DECODER_PARAMETER = eINSTANCE.getDecoderParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODER_PARAMETER__KEY = eINSTANCE.getDecoderParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECODER_PARAMETER__VALUE = eINSTANCE.getDecoderParameter_Value();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DiagramImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '<em><b>Node For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM___NODE_FOR__NAMEDELEMENT = eINSTANCE.getDiagram__NodeFor__NamedElement();

		/**
		 * The meta object literal for the '<em><b>Edges For</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM___EDGES_FOR__NAMEDELEMENT = eINSTANCE.getDiagram__EdgesFor__NamedElement();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DiagramNodeImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramNode()
		 * @generated
		 */
		EClass DIAGRAM_NODE = eINSTANCE.getDiagramNode();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_NODE__ELEMENT = eINSTANCE.getDiagramNode_Element();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__X = eINSTANCE.getDiagramNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__Y = eINSTANCE.getDiagramNode_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__WIDTH = eINSTANCE.getDiagramNode_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__HEIGHT = eINSTANCE.getDiagramNode_Height();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DiagramEdgeImpl <em>Diagram Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DiagramEdgeImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramEdge()
		 * @generated
		 */
		EClass DIAGRAM_EDGE = eINSTANCE.getDiagramEdge();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__ELEMENT = eINSTANCE.getDiagramEdge_Element();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__TARGET = eINSTANCE.getDiagramEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__BENDPOINTS = eINSTANCE.getDiagramEdge_Bendpoints();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.impl.DiagramPointImpl <em>Diagram Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.impl.DiagramPointImpl
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDiagramPoint()
		 * @generated
		 */
		EClass DIAGRAM_POINT = eINSTANCE.getDiagramPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_POINT__X = eINSTANCE.getDiagramPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_POINT__Y = eINSTANCE.getDiagramPoint_Y();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.ReceptorSign <em>Receptor Sign</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.ReceptorSign
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptorSign()
		 * @generated
		 */
		EEnum RECEPTOR_SIGN = eINSTANCE.getReceptorSign();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.ReceptorKind <em>Receptor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.ReceptorKind
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getReceptorKind()
		 * @generated
		 */
		EEnum RECEPTOR_KIND = eINSTANCE.getReceptorKind();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.SynapseKinetics <em>Synapse Kinetics</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.SynapseKinetics
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSynapseKinetics()
		 * @generated
		 */
		EEnum SYNAPSE_KINETICS = eINSTANCE.getSynapseKinetics();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.TransferFunction <em>Transfer Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.TransferFunction
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getTransferFunction()
		 * @generated
		 */
		EEnum TRANSFER_FUNCTION = eINSTANCE.getTransferFunction();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.DistanceProfile <em>Distance Profile</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.DistanceProfile
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getDistanceProfile()
		 * @generated
		 */
		EEnum DISTANCE_PROFILE = eINSTANCE.getDistanceProfile();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.StdpWeightDependence <em>Stdp Weight Dependence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.StdpWeightDependence
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getStdpWeightDependence()
		 * @generated
		 */
		EEnum STDP_WEIGHT_DEPENDENCE = eINSTANCE.getStdpWeightDependence();

		/**
		 * The meta object literal for the '{@link org.neurocircuit.model.SubsetKind <em>Subset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.neurocircuit.model.SubsetKind
		 * @see org.neurocircuit.model.impl.ModelPackageImpl#getSubsetKind()
		 * @generated
		 */
		EEnum SUBSET_KIND = eINSTANCE.getSubsetKind();

	}

} //ModelPackage
