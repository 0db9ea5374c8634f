/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.AllToAll;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTarget;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.NoiseStimulus;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.OneToOne;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.SinusoidStimulus;
import org.neurocircuit.model.SpatialLayout;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.StdpWeightDependence;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.SubsetKind;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.TimeSeriesTarget;
import org.neurocircuit.model.TransferFunction;
import org.neurocircuit.model.UniformDistribution;
import org.neurocircuit.model.ValueDistribution;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass circuitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initialValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neuronModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifCurrentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifConductanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adExEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass izhikevichEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poissonSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeTimeSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeTrainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rateUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spatialLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gridLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass randomBoxLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quantityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass constantValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniformDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logNormalDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass receptorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allToAllEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass oneToOneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedProbabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedInDegreeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixedOutDegreeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distanceDependentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitConnectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plasticityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stdpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shortTermPlasticityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poissonStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dcStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sinusoidStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeTimesStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noiseStimulusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spikeRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stateRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rateRecorderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decodingTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decodingTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stimulusTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeSeriesTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decoderParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEdgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum receptorSignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum receptorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum synapseKineticsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transferFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum distanceProfileEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stdpWeightDependenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subsetKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.neurocircuit.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCircuit() {
		return circuitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Duration() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Dt() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Seed() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_BackendId() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCircuit_Threads() {
		return (EAttribute)circuitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Regions() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Populations() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Projections() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Stimuli() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Recorders() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_DecodingTasks() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCircuit_Diagram() {
		return (EReference)circuitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__AllPopulations() {
		return circuitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCircuit__AllRegions() {
		return circuitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Color() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Regions() {
		return (EReference)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Populations() {
		return (EReference)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulation() {
		return populationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulation_Size() {
		return (EAttribute)populationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulation_Color() {
		return (EAttribute)populationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulation_NeuronModel() {
		return (EReference)populationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulation_InitialValues() {
		return (EReference)populationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPopulation_Layout() {
		return (EReference)populationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitialValue() {
		return initialValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialValue_Variable() {
		return (EAttribute)initialValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitialValue_Value() {
		return (EReference)initialValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeuronModel() {
		return neuronModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifCurrent() {
		return lifCurrentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_Cm() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_TauM() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_EL() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_VTh() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_VReset() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_TRef() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifCurrent_IE() {
		return (EAttribute)lifCurrentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifConductance() {
		return lifConductanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_Cm() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_GL() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_EL() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_VTh() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_VReset() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_TRef() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifConductance_IE() {
		return (EAttribute)lifConductanceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdEx() {
		return adExEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_Cm() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_GL() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_EL() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_VT() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_DeltaT() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_A() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_B() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_TauW() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_VReset() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_VPeak() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_TRef() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdEx_IE() {
		return (EAttribute)adExEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIzhikevich() {
		return izhikevichEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_A() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_B() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_C() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_D() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_VPeak() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIzhikevich_IE() {
		return (EAttribute)izhikevichEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoissonSource() {
		return poissonSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonSource_Rate() {
		return (EAttribute)poissonSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeTimeSource() {
		return spikeTimeSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeTimeSource_Times() {
		return (EAttribute)spikeTimeSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpikeTimeSource_Trains() {
		return (EReference)spikeTimeSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeTrain() {
		return spikeTrainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeTrain_Neuron() {
		return (EAttribute)spikeTrainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeTrain_Times() {
		return (EAttribute)spikeTrainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRateUnit() {
		return rateUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateUnit_Tau() {
		return (EAttribute)rateUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateUnit_Gain() {
		return (EAttribute)rateUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateUnit_Threshold() {
		return (EAttribute)rateUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateUnit_TransferFunction() {
		return (EAttribute)rateUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpatialLayout() {
		return spatialLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialLayout_CenterX() {
		return (EAttribute)spatialLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialLayout_CenterY() {
		return (EAttribute)spatialLayoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialLayout_CenterZ() {
		return (EAttribute)spatialLayoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialLayout_Periodic() {
		return (EAttribute)spatialLayoutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGridLayout() {
		return gridLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGridLayout_Rows() {
		return (EAttribute)gridLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGridLayout_Columns() {
		return (EAttribute)gridLayoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGridLayout_Spacing() {
		return (EAttribute)gridLayoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRandomBoxLayout() {
		return randomBoxLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomBoxLayout_ExtentX() {
		return (EAttribute)randomBoxLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomBoxLayout_ExtentY() {
		return (EAttribute)randomBoxLayoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomBoxLayout_ExtentZ() {
		return (EAttribute)randomBoxLayoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuantity() {
		return quantityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConstantValue() {
		return constantValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConstantValue_Value() {
		return (EAttribute)constantValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueDistribution() {
		return valueDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniformDistribution() {
		return uniformDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_Low() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUniformDistribution_High() {
		return (EAttribute)uniformDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalDistribution() {
		return normalDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_Mean() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_Sd() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_Low() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalDistribution_High() {
		return (EAttribute)normalDistributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogNormalDistribution() {
		return logNormalDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogNormalDistribution_Mu() {
		return (EAttribute)logNormalDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogNormalDistribution_Sigma() {
		return (EAttribute)logNormalDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjection() {
		return projectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Source() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Target() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Rule() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjection_AllowAutapses() {
		return (EAttribute)projectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjection_AllowMultapses() {
		return (EAttribute)projectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Weight() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Delay() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Receptor() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjection_Plasticity() {
		return (EReference)projectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReceptor() {
		return receptorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceptor_Sign() {
		return (EAttribute)receptorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceptor_Kind() {
		return (EAttribute)receptorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceptor_Kinetics() {
		return (EAttribute)receptorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceptor_TauSyn() {
		return (EAttribute)receptorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceptor_ERev() {
		return (EAttribute)receptorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectionRule() {
		return connectionRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllToAll() {
		return allToAllEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOneToOne() {
		return oneToOneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedProbability() {
		return fixedProbabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedProbability_P() {
		return (EAttribute)fixedProbabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedInDegree() {
		return fixedInDegreeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedInDegree_K() {
		return (EAttribute)fixedInDegreeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixedOutDegree() {
		return fixedOutDegreeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixedOutDegree_K() {
		return (EAttribute)fixedOutDegreeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistanceDependent() {
		return distanceDependentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistanceDependent_P0() {
		return (EAttribute)distanceDependentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistanceDependent_Sigma() {
		return (EAttribute)distanceDependentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistanceDependent_Profile() {
		return (EAttribute)distanceDependentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitList() {
		return explicitListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExplicitList_Connections() {
		return (EReference)explicitListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitConnection() {
		return explicitConnectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitConnection_Source() {
		return (EAttribute)explicitConnectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitConnection_Target() {
		return (EAttribute)explicitConnectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitConnection_Weight() {
		return (EAttribute)explicitConnectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitConnection_Delay() {
		return (EAttribute)explicitConnectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlasticity() {
		return plasticityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStdp() {
		return stdpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_WeightDependence() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_TauPlus() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_TauMinus() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_APlus() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_AMinus() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_WMin() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStdp_WMax() {
		return (EAttribute)stdpEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShortTermPlasticity() {
		return shortTermPlasticityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortTermPlasticity_U() {
		return (EAttribute)shortTermPlasticityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortTermPlasticity_TauRec() {
		return (EAttribute)shortTermPlasticityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShortTermPlasticity_TauFac() {
		return (EAttribute)shortTermPlasticityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStimulus() {
		return stimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStimulus_Targets() {
		return (EReference)stimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStimulus_Start() {
		return (EAttribute)stimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStimulus_Stop() {
		return (EAttribute)stimulusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoissonStimulus() {
		return poissonStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonStimulus_Rate() {
		return (EAttribute)poissonStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoissonStimulus_Weight() {
		return (EAttribute)poissonStimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoissonStimulus_Receptor() {
		return (EReference)poissonStimulusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDcStimulus() {
		return dcStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDcStimulus_Amplitude() {
		return (EAttribute)dcStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepStimulus() {
		return stepStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepStimulus_Times() {
		return (EAttribute)stepStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepStimulus_Amplitudes() {
		return (EAttribute)stepStimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSinusoidStimulus() {
		return sinusoidStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSinusoidStimulus_Offset() {
		return (EAttribute)sinusoidStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSinusoidStimulus_Amplitude() {
		return (EAttribute)sinusoidStimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSinusoidStimulus_Frequency() {
		return (EAttribute)sinusoidStimulusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSinusoidStimulus_Phase() {
		return (EAttribute)sinusoidStimulusEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeTimesStimulus() {
		return spikeTimesStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeTimesStimulus_Times() {
		return (EAttribute)spikeTimesStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpikeTimesStimulus_Weight() {
		return (EAttribute)spikeTimesStimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpikeTimesStimulus_Receptor() {
		return (EReference)spikeTimesStimulusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoiseStimulus() {
		return noiseStimulusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseStimulus_Mean() {
		return (EAttribute)noiseStimulusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseStimulus_Std() {
		return (EAttribute)noiseStimulusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecorder() {
		return recorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecorder_Targets() {
		return (EReference)recorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecorder_Subset() {
		return (EAttribute)recorderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecorder_Count() {
		return (EAttribute)recorderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecorder_Indices() {
		return (EAttribute)recorderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpikeRecorder() {
		return spikeRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStateRecorder() {
		return stateRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateRecorder_Variable() {
		return (EAttribute)stateRecorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStateRecorder_Interval() {
		return (EAttribute)stateRecorderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRateRecorder() {
		return rateRecorderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRateRecorder_BinWidth() {
		return (EAttribute)rateRecorderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecodingTask() {
		return decodingTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecodingTask_Recorders() {
		return (EReference)decodingTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecodingTask_Target() {
		return (EReference)decodingTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecodingTask_DecoderId() {
		return (EAttribute)decodingTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecodingTask_Parameters() {
		return (EReference)decodingTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecodingTask_BinWidth() {
		return (EAttribute)decodingTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecodingTask_HistoryBins() {
		return (EAttribute)decodingTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecodingTask_Folds() {
		return (EAttribute)decodingTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecodingTask_Causal() {
		return (EAttribute)decodingTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecodingTarget() {
		return decodingTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStimulusTarget() {
		return stimulusTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStimulusTarget_Stimulus() {
		return (EReference)stimulusTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStimulusTarget_Parameter() {
		return (EAttribute)stimulusTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeSeriesTarget() {
		return timeSeriesTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeSeriesTarget_Times() {
		return (EAttribute)timeSeriesTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeSeriesTarget_Values() {
		return (EAttribute)timeSeriesTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecoderParameter() {
		return decoderParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoderParameter_Key() {
		return (EAttribute)decoderParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoderParameter_Value() {
		return (EAttribute)decoderParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagram() {
		return diagramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Nodes() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Edges() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDiagram__NodeFor__NamedElement() {
		return diagramEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDiagram__EdgesFor__NamedElement() {
		return diagramEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramNode() {
		return diagramNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramNode_Element() {
		return (EReference)diagramNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_X() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Y() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Width() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Height() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramEdge() {
		return diagramEdgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Element() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Target() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Bendpoints() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramPoint() {
		return diagramPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramPoint_X() {
		return (EAttribute)diagramPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramPoint_Y() {
		return (EAttribute)diagramPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReceptorSign() {
		return receptorSignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReceptorKind() {
		return receptorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSynapseKinetics() {
		return synapseKineticsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransferFunction() {
		return transferFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDistanceProfile() {
		return distanceProfileEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStdpWeightDependence() {
		return stdpWeightDependenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubsetKind() {
		return subsetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		circuitEClass = createEClass(CIRCUIT);
		createEAttribute(circuitEClass, CIRCUIT__DURATION);
		createEAttribute(circuitEClass, CIRCUIT__DT);
		createEAttribute(circuitEClass, CIRCUIT__SEED);
		createEAttribute(circuitEClass, CIRCUIT__BACKEND_ID);
		createEAttribute(circuitEClass, CIRCUIT__THREADS);
		createEReference(circuitEClass, CIRCUIT__REGIONS);
		createEReference(circuitEClass, CIRCUIT__POPULATIONS);
		createEReference(circuitEClass, CIRCUIT__PROJECTIONS);
		createEReference(circuitEClass, CIRCUIT__STIMULI);
		createEReference(circuitEClass, CIRCUIT__RECORDERS);
		createEReference(circuitEClass, CIRCUIT__DECODING_TASKS);
		createEReference(circuitEClass, CIRCUIT__DIAGRAM);
		createEOperation(circuitEClass, CIRCUIT___ALL_POPULATIONS);
		createEOperation(circuitEClass, CIRCUIT___ALL_REGIONS);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__COLOR);
		createEReference(regionEClass, REGION__REGIONS);
		createEReference(regionEClass, REGION__POPULATIONS);

		populationEClass = createEClass(POPULATION);
		createEAttribute(populationEClass, POPULATION__SIZE);
		createEAttribute(populationEClass, POPULATION__COLOR);
		createEReference(populationEClass, POPULATION__NEURON_MODEL);
		createEReference(populationEClass, POPULATION__INITIAL_VALUES);
		createEReference(populationEClass, POPULATION__LAYOUT);

		initialValueEClass = createEClass(INITIAL_VALUE);
		createEAttribute(initialValueEClass, INITIAL_VALUE__VARIABLE);
		createEReference(initialValueEClass, INITIAL_VALUE__VALUE);

		neuronModelEClass = createEClass(NEURON_MODEL);

		lifCurrentEClass = createEClass(LIF_CURRENT);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__CM);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__TAU_M);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__EL);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__VTH);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__VRESET);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__TREF);
		createEAttribute(lifCurrentEClass, LIF_CURRENT__IE);

		lifConductanceEClass = createEClass(LIF_CONDUCTANCE);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__CM);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__GL);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__EL);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__VTH);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__VRESET);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__TREF);
		createEAttribute(lifConductanceEClass, LIF_CONDUCTANCE__IE);

		adExEClass = createEClass(AD_EX);
		createEAttribute(adExEClass, AD_EX__CM);
		createEAttribute(adExEClass, AD_EX__GL);
		createEAttribute(adExEClass, AD_EX__EL);
		createEAttribute(adExEClass, AD_EX__VT);
		createEAttribute(adExEClass, AD_EX__DELTA_T);
		createEAttribute(adExEClass, AD_EX__A);
		createEAttribute(adExEClass, AD_EX__B);
		createEAttribute(adExEClass, AD_EX__TAU_W);
		createEAttribute(adExEClass, AD_EX__VRESET);
		createEAttribute(adExEClass, AD_EX__VPEAK);
		createEAttribute(adExEClass, AD_EX__TREF);
		createEAttribute(adExEClass, AD_EX__IE);

		izhikevichEClass = createEClass(IZHIKEVICH);
		createEAttribute(izhikevichEClass, IZHIKEVICH__A);
		createEAttribute(izhikevichEClass, IZHIKEVICH__B);
		createEAttribute(izhikevichEClass, IZHIKEVICH__C);
		createEAttribute(izhikevichEClass, IZHIKEVICH__D);
		createEAttribute(izhikevichEClass, IZHIKEVICH__VPEAK);
		createEAttribute(izhikevichEClass, IZHIKEVICH__IE);

		poissonSourceEClass = createEClass(POISSON_SOURCE);
		createEAttribute(poissonSourceEClass, POISSON_SOURCE__RATE);

		spikeTimeSourceEClass = createEClass(SPIKE_TIME_SOURCE);
		createEAttribute(spikeTimeSourceEClass, SPIKE_TIME_SOURCE__TIMES);
		createEReference(spikeTimeSourceEClass, SPIKE_TIME_SOURCE__TRAINS);

		spikeTrainEClass = createEClass(SPIKE_TRAIN);
		createEAttribute(spikeTrainEClass, SPIKE_TRAIN__NEURON);
		createEAttribute(spikeTrainEClass, SPIKE_TRAIN__TIMES);

		rateUnitEClass = createEClass(RATE_UNIT);
		createEAttribute(rateUnitEClass, RATE_UNIT__TAU);
		createEAttribute(rateUnitEClass, RATE_UNIT__GAIN);
		createEAttribute(rateUnitEClass, RATE_UNIT__THRESHOLD);
		createEAttribute(rateUnitEClass, RATE_UNIT__TRANSFER_FUNCTION);

		spatialLayoutEClass = createEClass(SPATIAL_LAYOUT);
		createEAttribute(spatialLayoutEClass, SPATIAL_LAYOUT__CENTER_X);
		createEAttribute(spatialLayoutEClass, SPATIAL_LAYOUT__CENTER_Y);
		createEAttribute(spatialLayoutEClass, SPATIAL_LAYOUT__CENTER_Z);
		createEAttribute(spatialLayoutEClass, SPATIAL_LAYOUT__PERIODIC);

		gridLayoutEClass = createEClass(GRID_LAYOUT);
		createEAttribute(gridLayoutEClass, GRID_LAYOUT__ROWS);
		createEAttribute(gridLayoutEClass, GRID_LAYOUT__COLUMNS);
		createEAttribute(gridLayoutEClass, GRID_LAYOUT__SPACING);

		randomBoxLayoutEClass = createEClass(RANDOM_BOX_LAYOUT);
		createEAttribute(randomBoxLayoutEClass, RANDOM_BOX_LAYOUT__EXTENT_X);
		createEAttribute(randomBoxLayoutEClass, RANDOM_BOX_LAYOUT__EXTENT_Y);
		createEAttribute(randomBoxLayoutEClass, RANDOM_BOX_LAYOUT__EXTENT_Z);

		quantityEClass = createEClass(QUANTITY);

		constantValueEClass = createEClass(CONSTANT_VALUE);
		createEAttribute(constantValueEClass, CONSTANT_VALUE__VALUE);

		valueDistributionEClass = createEClass(VALUE_DISTRIBUTION);

		uniformDistributionEClass = createEClass(UNIFORM_DISTRIBUTION);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__LOW);
		createEAttribute(uniformDistributionEClass, UNIFORM_DISTRIBUTION__HIGH);

		normalDistributionEClass = createEClass(NORMAL_DISTRIBUTION);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__MEAN);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__SD);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__LOW);
		createEAttribute(normalDistributionEClass, NORMAL_DISTRIBUTION__HIGH);

		logNormalDistributionEClass = createEClass(LOG_NORMAL_DISTRIBUTION);
		createEAttribute(logNormalDistributionEClass, LOG_NORMAL_DISTRIBUTION__MU);
		createEAttribute(logNormalDistributionEClass, LOG_NORMAL_DISTRIBUTION__SIGMA);

		projectionEClass = createEClass(PROJECTION);
		createEReference(projectionEClass, PROJECTION__SOURCE);
		createEReference(projectionEClass, PROJECTION__TARGET);
		createEReference(projectionEClass, PROJECTION__RULE);
		createEAttribute(projectionEClass, PROJECTION__ALLOW_AUTAPSES);
		createEAttribute(projectionEClass, PROJECTION__ALLOW_MULTAPSES);
		createEReference(projectionEClass, PROJECTION__WEIGHT);
		createEReference(projectionEClass, PROJECTION__DELAY);
		createEReference(projectionEClass, PROJECTION__RECEPTOR);
		createEReference(projectionEClass, PROJECTION__PLASTICITY);

		receptorEClass = createEClass(RECEPTOR);
		createEAttribute(receptorEClass, RECEPTOR__SIGN);
		createEAttribute(receptorEClass, RECEPTOR__KIND);
		createEAttribute(receptorEClass, RECEPTOR__KINETICS);
		createEAttribute(receptorEClass, RECEPTOR__TAU_SYN);
		createEAttribute(receptorEClass, RECEPTOR__EREV);

		connectionRuleEClass = createEClass(CONNECTION_RULE);

		allToAllEClass = createEClass(ALL_TO_ALL);

		oneToOneEClass = createEClass(ONE_TO_ONE);

		fixedProbabilityEClass = createEClass(FIXED_PROBABILITY);
		createEAttribute(fixedProbabilityEClass, FIXED_PROBABILITY__P);

		fixedInDegreeEClass = createEClass(FIXED_IN_DEGREE);
		createEAttribute(fixedInDegreeEClass, FIXED_IN_DEGREE__K);

		fixedOutDegreeEClass = createEClass(FIXED_OUT_DEGREE);
		createEAttribute(fixedOutDegreeEClass, FIXED_OUT_DEGREE__K);

		distanceDependentEClass = createEClass(DISTANCE_DEPENDENT);
		createEAttribute(distanceDependentEClass, DISTANCE_DEPENDENT__P0);
		createEAttribute(distanceDependentEClass, DISTANCE_DEPENDENT__SIGMA);
		createEAttribute(distanceDependentEClass, DISTANCE_DEPENDENT__PROFILE);

		explicitListEClass = createEClass(EXPLICIT_LIST);
		createEReference(explicitListEClass, EXPLICIT_LIST__CONNECTIONS);

		explicitConnectionEClass = createEClass(EXPLICIT_CONNECTION);
		createEAttribute(explicitConnectionEClass, EXPLICIT_CONNECTION__SOURCE);
		createEAttribute(explicitConnectionEClass, EXPLICIT_CONNECTION__TARGET);
		createEAttribute(explicitConnectionEClass, EXPLICIT_CONNECTION__WEIGHT);
		createEAttribute(explicitConnectionEClass, EXPLICIT_CONNECTION__DELAY);

		plasticityEClass = createEClass(PLASTICITY);

		stdpEClass = createEClass(STDP);
		createEAttribute(stdpEClass, STDP__WEIGHT_DEPENDENCE);
		createEAttribute(stdpEClass, STDP__TAU_PLUS);
		createEAttribute(stdpEClass, STDP__TAU_MINUS);
		createEAttribute(stdpEClass, STDP__APLUS);
		createEAttribute(stdpEClass, STDP__AMINUS);
		createEAttribute(stdpEClass, STDP__WMIN);
		createEAttribute(stdpEClass, STDP__WMAX);

		shortTermPlasticityEClass = createEClass(SHORT_TERM_PLASTICITY);
		createEAttribute(shortTermPlasticityEClass, SHORT_TERM_PLASTICITY__U);
		createEAttribute(shortTermPlasticityEClass, SHORT_TERM_PLASTICITY__TAU_REC);
		createEAttribute(shortTermPlasticityEClass, SHORT_TERM_PLASTICITY__TAU_FAC);

		stimulusEClass = createEClass(STIMULUS);
		createEReference(stimulusEClass, STIMULUS__TARGETS);
		createEAttribute(stimulusEClass, STIMULUS__START);
		createEAttribute(stimulusEClass, STIMULUS__STOP);

		poissonStimulusEClass = createEClass(POISSON_STIMULUS);
		createEAttribute(poissonStimulusEClass, POISSON_STIMULUS__RATE);
		createEAttribute(poissonStimulusEClass, POISSON_STIMULUS__WEIGHT);
		createEReference(poissonStimulusEClass, POISSON_STIMULUS__RECEPTOR);

		dcStimulusEClass = createEClass(DC_STIMULUS);
		createEAttribute(dcStimulusEClass, DC_STIMULUS__AMPLITUDE);

		stepStimulusEClass = createEClass(STEP_STIMULUS);
		createEAttribute(stepStimulusEClass, STEP_STIMULUS__TIMES);
		createEAttribute(stepStimulusEClass, STEP_STIMULUS__AMPLITUDES);

		sinusoidStimulusEClass = createEClass(SINUSOID_STIMULUS);
		createEAttribute(sinusoidStimulusEClass, SINUSOID_STIMULUS__OFFSET);
		createEAttribute(sinusoidStimulusEClass, SINUSOID_STIMULUS__AMPLITUDE);
		createEAttribute(sinusoidStimulusEClass, SINUSOID_STIMULUS__FREQUENCY);
		createEAttribute(sinusoidStimulusEClass, SINUSOID_STIMULUS__PHASE);

		spikeTimesStimulusEClass = createEClass(SPIKE_TIMES_STIMULUS);
		createEAttribute(spikeTimesStimulusEClass, SPIKE_TIMES_STIMULUS__TIMES);
		createEAttribute(spikeTimesStimulusEClass, SPIKE_TIMES_STIMULUS__WEIGHT);
		createEReference(spikeTimesStimulusEClass, SPIKE_TIMES_STIMULUS__RECEPTOR);

		noiseStimulusEClass = createEClass(NOISE_STIMULUS);
		createEAttribute(noiseStimulusEClass, NOISE_STIMULUS__MEAN);
		createEAttribute(noiseStimulusEClass, NOISE_STIMULUS__STD);

		recorderEClass = createEClass(RECORDER);
		createEReference(recorderEClass, RECORDER__TARGETS);
		createEAttribute(recorderEClass, RECORDER__SUBSET);
		createEAttribute(recorderEClass, RECORDER__COUNT);
		createEAttribute(recorderEClass, RECORDER__INDICES);

		spikeRecorderEClass = createEClass(SPIKE_RECORDER);

		stateRecorderEClass = createEClass(STATE_RECORDER);
		createEAttribute(stateRecorderEClass, STATE_RECORDER__VARIABLE);
		createEAttribute(stateRecorderEClass, STATE_RECORDER__INTERVAL);

		rateRecorderEClass = createEClass(RATE_RECORDER);
		createEAttribute(rateRecorderEClass, RATE_RECORDER__BIN_WIDTH);

		decodingTaskEClass = createEClass(DECODING_TASK);
		createEReference(decodingTaskEClass, DECODING_TASK__RECORDERS);
		createEReference(decodingTaskEClass, DECODING_TASK__TARGET);
		createEAttribute(decodingTaskEClass, DECODING_TASK__DECODER_ID);
		createEReference(decodingTaskEClass, DECODING_TASK__PARAMETERS);
		createEAttribute(decodingTaskEClass, DECODING_TASK__BIN_WIDTH);
		createEAttribute(decodingTaskEClass, DECODING_TASK__HISTORY_BINS);
		createEAttribute(decodingTaskEClass, DECODING_TASK__FOLDS);
		createEAttribute(decodingTaskEClass, DECODING_TASK__CAUSAL);

		decodingTargetEClass = createEClass(DECODING_TARGET);

		stimulusTargetEClass = createEClass(STIMULUS_TARGET);
		createEReference(stimulusTargetEClass, STIMULUS_TARGET__STIMULUS);
		createEAttribute(stimulusTargetEClass, STIMULUS_TARGET__PARAMETER);

		timeSeriesTargetEClass = createEClass(TIME_SERIES_TARGET);
		createEAttribute(timeSeriesTargetEClass, TIME_SERIES_TARGET__TIMES);
		createEAttribute(timeSeriesTargetEClass, TIME_SERIES_TARGET__VALUES);

		decoderParameterEClass = createEClass(DECODER_PARAMETER);
		createEAttribute(decoderParameterEClass, DECODER_PARAMETER__KEY);
		createEAttribute(decoderParameterEClass, DECODER_PARAMETER__VALUE);

		diagramEClass = createEClass(DIAGRAM);
		createEReference(diagramEClass, DIAGRAM__NODES);
		createEReference(diagramEClass, DIAGRAM__EDGES);
		createEOperation(diagramEClass, DIAGRAM___NODE_FOR__NAMEDELEMENT);
		createEOperation(diagramEClass, DIAGRAM___EDGES_FOR__NAMEDELEMENT);

		diagramNodeEClass = createEClass(DIAGRAM_NODE);
		createEReference(diagramNodeEClass, DIAGRAM_NODE__ELEMENT);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__X);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__Y);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__WIDTH);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__HEIGHT);

		diagramEdgeEClass = createEClass(DIAGRAM_EDGE);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__ELEMENT);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__TARGET);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__BENDPOINTS);

		diagramPointEClass = createEClass(DIAGRAM_POINT);
		createEAttribute(diagramPointEClass, DIAGRAM_POINT__X);
		createEAttribute(diagramPointEClass, DIAGRAM_POINT__Y);

		// Create enums
		receptorSignEEnum = createEEnum(RECEPTOR_SIGN);
		receptorKindEEnum = createEEnum(RECEPTOR_KIND);
		synapseKineticsEEnum = createEEnum(SYNAPSE_KINETICS);
		transferFunctionEEnum = createEEnum(TRANSFER_FUNCTION);
		distanceProfileEEnum = createEEnum(DISTANCE_PROFILE);
		stdpWeightDependenceEEnum = createEEnum(STDP_WEIGHT_DEPENDENCE);
		subsetKindEEnum = createEEnum(SUBSET_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		circuitEClass.getESuperTypes().add(this.getNamedElement());
		regionEClass.getESuperTypes().add(this.getNamedElement());
		populationEClass.getESuperTypes().add(this.getNamedElement());
		lifCurrentEClass.getESuperTypes().add(this.getNeuronModel());
		lifConductanceEClass.getESuperTypes().add(this.getNeuronModel());
		adExEClass.getESuperTypes().add(this.getNeuronModel());
		izhikevichEClass.getESuperTypes().add(this.getNeuronModel());
		poissonSourceEClass.getESuperTypes().add(this.getNeuronModel());
		spikeTimeSourceEClass.getESuperTypes().add(this.getNeuronModel());
		rateUnitEClass.getESuperTypes().add(this.getNeuronModel());
		gridLayoutEClass.getESuperTypes().add(this.getSpatialLayout());
		randomBoxLayoutEClass.getESuperTypes().add(this.getSpatialLayout());
		constantValueEClass.getESuperTypes().add(this.getQuantity());
		valueDistributionEClass.getESuperTypes().add(this.getQuantity());
		uniformDistributionEClass.getESuperTypes().add(this.getValueDistribution());
		normalDistributionEClass.getESuperTypes().add(this.getValueDistribution());
		logNormalDistributionEClass.getESuperTypes().add(this.getValueDistribution());
		projectionEClass.getESuperTypes().add(this.getNamedElement());
		allToAllEClass.getESuperTypes().add(this.getConnectionRule());
		oneToOneEClass.getESuperTypes().add(this.getConnectionRule());
		fixedProbabilityEClass.getESuperTypes().add(this.getConnectionRule());
		fixedInDegreeEClass.getESuperTypes().add(this.getConnectionRule());
		fixedOutDegreeEClass.getESuperTypes().add(this.getConnectionRule());
		distanceDependentEClass.getESuperTypes().add(this.getConnectionRule());
		explicitListEClass.getESuperTypes().add(this.getConnectionRule());
		stdpEClass.getESuperTypes().add(this.getPlasticity());
		shortTermPlasticityEClass.getESuperTypes().add(this.getPlasticity());
		stimulusEClass.getESuperTypes().add(this.getNamedElement());
		poissonStimulusEClass.getESuperTypes().add(this.getStimulus());
		dcStimulusEClass.getESuperTypes().add(this.getStimulus());
		stepStimulusEClass.getESuperTypes().add(this.getStimulus());
		sinusoidStimulusEClass.getESuperTypes().add(this.getStimulus());
		spikeTimesStimulusEClass.getESuperTypes().add(this.getStimulus());
		noiseStimulusEClass.getESuperTypes().add(this.getStimulus());
		recorderEClass.getESuperTypes().add(this.getNamedElement());
		spikeRecorderEClass.getESuperTypes().add(this.getRecorder());
		stateRecorderEClass.getESuperTypes().add(this.getRecorder());
		rateRecorderEClass.getESuperTypes().add(this.getRecorder());
		decodingTaskEClass.getESuperTypes().add(this.getNamedElement());
		stimulusTargetEClass.getESuperTypes().add(this.getDecodingTarget());
		timeSeriesTargetEClass.getESuperTypes().add(this.getDecodingTarget());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(circuitEClass, Circuit.class, "Circuit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCircuit_Duration(), ecorePackage.getEDouble(), "duration", "1000.0", 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_Dt(), ecorePackage.getEDouble(), "dt", "0.1", 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_Seed(), ecorePackage.getELong(), "seed", "12345", 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_BackendId(), ecorePackage.getEString(), "backendId", "builtin", 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCircuit_Threads(), ecorePackage.getEInt(), "threads", "1", 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCircuit_Regions(), this.getRegion(), null, "regions", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_Regions().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_Populations(), this.getPopulation(), null, "populations", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_Populations().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_Projections(), this.getProjection(), null, "projections", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_Projections().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_Stimuli(), this.getStimulus(), null, "stimuli", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_Stimuli().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_Recorders(), this.getRecorder(), null, "recorders", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_Recorders().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_DecodingTasks(), this.getDecodingTask(), null, "decodingTasks", null, 0, -1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getCircuit_DecodingTasks().getEKeys().add(this.getNamedElement_Name());
		initEReference(getCircuit_Diagram(), this.getDiagram(), null, "diagram", null, 0, 1, Circuit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getCircuit__AllPopulations(), this.getPopulation(), "allPopulations", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getCircuit__AllRegions(), this.getRegion(), "allRegions", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegion_Color(), ecorePackage.getEString(), "color", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegion_Regions(), this.getRegion(), null, "regions", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getRegion_Regions().getEKeys().add(this.getNamedElement_Name());
		initEReference(getRegion_Populations(), this.getPopulation(), null, "populations", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getRegion_Populations().getEKeys().add(this.getNamedElement_Name());

		initEClass(populationEClass, Population.class, "Population", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulation_Size(), ecorePackage.getEInt(), "size", "1", 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulation_Color(), ecorePackage.getEString(), "color", null, 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPopulation_NeuronModel(), this.getNeuronModel(), null, "neuronModel", null, 1, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPopulation_InitialValues(), this.getInitialValue(), null, "initialValues", null, 0, -1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getPopulation_InitialValues().getEKeys().add(this.getInitialValue_Variable());
		initEReference(getPopulation_Layout(), this.getSpatialLayout(), null, "layout", null, 0, 1, Population.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initialValueEClass, InitialValue.class, "InitialValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitialValue_Variable(), ecorePackage.getEString(), "variable", "V_m", 0, 1, InitialValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInitialValue_Value(), this.getQuantity(), null, "value", null, 1, 1, InitialValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neuronModelEClass, NeuronModel.class, "NeuronModel", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(lifCurrentEClass, LifCurrent.class, "LifCurrent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifCurrent_Cm(), ecorePackage.getEDouble(), "cm", "250.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_TauM(), ecorePackage.getEDouble(), "tauM", "10.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_EL(), ecorePackage.getEDouble(), "eL", "-70.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_VTh(), ecorePackage.getEDouble(), "vTh", "-55.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_VReset(), ecorePackage.getEDouble(), "vReset", "-70.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_TRef(), ecorePackage.getEDouble(), "tRef", "2.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifCurrent_IE(), ecorePackage.getEDouble(), "iE", "0.0", 0, 1, LifCurrent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifConductanceEClass, LifConductance.class, "LifConductance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifConductance_Cm(), ecorePackage.getEDouble(), "cm", "250.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_GL(), ecorePackage.getEDouble(), "gL", "16.6667", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_EL(), ecorePackage.getEDouble(), "eL", "-70.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_VTh(), ecorePackage.getEDouble(), "vTh", "-55.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_VReset(), ecorePackage.getEDouble(), "vReset", "-60.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_TRef(), ecorePackage.getEDouble(), "tRef", "2.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifConductance_IE(), ecorePackage.getEDouble(), "iE", "0.0", 0, 1, LifConductance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adExEClass, AdEx.class, "AdEx", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdEx_Cm(), ecorePackage.getEDouble(), "cm", "281.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_GL(), ecorePackage.getEDouble(), "gL", "30.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_EL(), ecorePackage.getEDouble(), "eL", "-70.6", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_VT(), ecorePackage.getEDouble(), "vT", "-50.4", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_DeltaT(), ecorePackage.getEDouble(), "deltaT", "2.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_A(), ecorePackage.getEDouble(), "a", "4.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_B(), ecorePackage.getEDouble(), "b", "80.5", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_TauW(), ecorePackage.getEDouble(), "tauW", "144.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_VReset(), ecorePackage.getEDouble(), "vReset", "-60.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_VPeak(), ecorePackage.getEDouble(), "vPeak", "0.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_TRef(), ecorePackage.getEDouble(), "tRef", "0.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdEx_IE(), ecorePackage.getEDouble(), "iE", "0.0", 0, 1, AdEx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(izhikevichEClass, Izhikevich.class, "Izhikevich", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIzhikevich_A(), ecorePackage.getEDouble(), "a", "0.02", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevich_B(), ecorePackage.getEDouble(), "b", "0.2", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevich_C(), ecorePackage.getEDouble(), "c", "-65.0", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevich_D(), ecorePackage.getEDouble(), "d", "8.0", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevich_VPeak(), ecorePackage.getEDouble(), "vPeak", "30.0", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIzhikevich_IE(), ecorePackage.getEDouble(), "iE", "0.0", 0, 1, Izhikevich.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poissonSourceEClass, PoissonSource.class, "PoissonSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoissonSource_Rate(), ecorePackage.getEDouble(), "rate", "10.0", 0, 1, PoissonSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeTimeSourceEClass, SpikeTimeSource.class, "SpikeTimeSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpikeTimeSource_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, SpikeTimeSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpikeTimeSource_Trains(), this.getSpikeTrain(), null, "trains", null, 0, -1, SpikeTimeSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeTrainEClass, SpikeTrain.class, "SpikeTrain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpikeTrain_Neuron(), ecorePackage.getEInt(), "neuron", "0", 0, 1, SpikeTrain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpikeTrain_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, SpikeTrain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rateUnitEClass, RateUnit.class, "RateUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRateUnit_Tau(), ecorePackage.getEDouble(), "tau", "10.0", 0, 1, RateUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRateUnit_Gain(), ecorePackage.getEDouble(), "gain", "1.0", 0, 1, RateUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRateUnit_Threshold(), ecorePackage.getEDouble(), "threshold", "0.0", 0, 1, RateUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRateUnit_TransferFunction(), this.getTransferFunction(), "transferFunction", "linear", 0, 1, RateUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spatialLayoutEClass, SpatialLayout.class, "SpatialLayout", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpatialLayout_CenterX(), ecorePackage.getEDouble(), "centerX", "0.0", 0, 1, SpatialLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpatialLayout_CenterY(), ecorePackage.getEDouble(), "centerY", "0.0", 0, 1, SpatialLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpatialLayout_CenterZ(), ecorePackage.getEDouble(), "centerZ", "0.0", 0, 1, SpatialLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpatialLayout_Periodic(), ecorePackage.getEBoolean(), "periodic", "false", 0, 1, SpatialLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gridLayoutEClass, GridLayout.class, "GridLayout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGridLayout_Rows(), ecorePackage.getEInt(), "rows", "1", 0, 1, GridLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGridLayout_Columns(), ecorePackage.getEInt(), "columns", "1", 0, 1, GridLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGridLayout_Spacing(), ecorePackage.getEDouble(), "spacing", "100.0", 0, 1, GridLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(randomBoxLayoutEClass, RandomBoxLayout.class, "RandomBoxLayout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRandomBoxLayout_ExtentX(), ecorePackage.getEDouble(), "extentX", "1000.0", 0, 1, RandomBoxLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomBoxLayout_ExtentY(), ecorePackage.getEDouble(), "extentY", "1000.0", 0, 1, RandomBoxLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomBoxLayout_ExtentZ(), ecorePackage.getEDouble(), "extentZ", "0.0", 0, 1, RandomBoxLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quantityEClass, Quantity.class, "Quantity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(constantValueEClass, ConstantValue.class, "ConstantValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConstantValue_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, ConstantValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueDistributionEClass, ValueDistribution.class, "ValueDistribution", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(uniformDistributionEClass, UniformDistribution.class, "UniformDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUniformDistribution_Low(), ecorePackage.getEDouble(), "low", "0.0", 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUniformDistribution_High(), ecorePackage.getEDouble(), "high", "1.0", 0, 1, UniformDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalDistributionEClass, NormalDistribution.class, "NormalDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNormalDistribution_Mean(), ecorePackage.getEDouble(), "mean", "0.0", 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalDistribution_Sd(), ecorePackage.getEDouble(), "sd", "1.0", 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalDistribution_Low(), ecorePackage.getEDoubleObject(), "low", null, 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalDistribution_High(), ecorePackage.getEDoubleObject(), "high", null, 0, 1, NormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logNormalDistributionEClass, LogNormalDistribution.class, "LogNormalDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogNormalDistribution_Mu(), ecorePackage.getEDouble(), "mu", "0.0", 0, 1, LogNormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogNormalDistribution_Sigma(), ecorePackage.getEDouble(), "sigma", "1.0", 0, 1, LogNormalDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectionEClass, Projection.class, "Projection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProjection_Source(), this.getPopulation(), null, "source", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Target(), this.getPopulation(), null, "target", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Rule(), this.getConnectionRule(), null, "rule", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjection_AllowAutapses(), ecorePackage.getEBoolean(), "allowAutapses", "true", 0, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjection_AllowMultapses(), ecorePackage.getEBoolean(), "allowMultapses", "true", 0, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Weight(), this.getQuantity(), null, "weight", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Delay(), this.getQuantity(), null, "delay", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Receptor(), this.getReceptor(), null, "receptor", null, 1, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjection_Plasticity(), this.getPlasticity(), null, "plasticity", null, 0, 1, Projection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(receptorEClass, Receptor.class, "Receptor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReceptor_Sign(), this.getReceptorSign(), "sign", "excitatory", 0, 1, Receptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceptor_Kind(), this.getReceptorKind(), "kind", "current", 0, 1, Receptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceptor_Kinetics(), this.getSynapseKinetics(), "kinetics", "exponential", 0, 1, Receptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceptor_TauSyn(), ecorePackage.getEDouble(), "tauSyn", "5.0", 0, 1, Receptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceptor_ERev(), ecorePackage.getEDouble(), "eRev", "0.0", 0, 1, Receptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionRuleEClass, ConnectionRule.class, "ConnectionRule", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(allToAllEClass, AllToAll.class, "AllToAll", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(oneToOneEClass, OneToOne.class, "OneToOne", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(fixedProbabilityEClass, FixedProbability.class, "FixedProbability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedProbability_P(), ecorePackage.getEDouble(), "p", "0.1", 0, 1, FixedProbability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedInDegreeEClass, FixedInDegree.class, "FixedInDegree", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedInDegree_K(), ecorePackage.getEInt(), "k", "10", 0, 1, FixedInDegree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixedOutDegreeEClass, FixedOutDegree.class, "FixedOutDegree", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixedOutDegree_K(), ecorePackage.getEInt(), "k", "10", 0, 1, FixedOutDegree.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distanceDependentEClass, DistanceDependent.class, "DistanceDependent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistanceDependent_P0(), ecorePackage.getEDouble(), "p0", "1.0", 0, 1, DistanceDependent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistanceDependent_Sigma(), ecorePackage.getEDouble(), "sigma", "100.0", 0, 1, DistanceDependent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistanceDependent_Profile(), this.getDistanceProfile(), "profile", "gaussian", 0, 1, DistanceDependent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(explicitListEClass, ExplicitList.class, "ExplicitList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExplicitList_Connections(), this.getExplicitConnection(), null, "connections", null, 0, -1, ExplicitList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(explicitConnectionEClass, ExplicitConnection.class, "ExplicitConnection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExplicitConnection_Source(), ecorePackage.getEInt(), "source", "0", 0, 1, ExplicitConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitConnection_Target(), ecorePackage.getEInt(), "target", "0", 0, 1, ExplicitConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitConnection_Weight(), ecorePackage.getEDoubleObject(), "weight", null, 0, 1, ExplicitConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExplicitConnection_Delay(), ecorePackage.getEDoubleObject(), "delay", null, 0, 1, ExplicitConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plasticityEClass, Plasticity.class, "Plasticity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stdpEClass, Stdp.class, "Stdp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStdp_WeightDependence(), this.getStdpWeightDependence(), "weightDependence", "additive", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_TauPlus(), ecorePackage.getEDouble(), "tauPlus", "20.0", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_TauMinus(), ecorePackage.getEDouble(), "tauMinus", "20.0", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_APlus(), ecorePackage.getEDouble(), "aPlus", "0.005", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_AMinus(), ecorePackage.getEDouble(), "aMinus", "0.00525", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_WMin(), ecorePackage.getEDouble(), "wMin", "0.0", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStdp_WMax(), ecorePackage.getEDouble(), "wMax", "1.0", 0, 1, Stdp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shortTermPlasticityEClass, ShortTermPlasticity.class, "ShortTermPlasticity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShortTermPlasticity_U(), ecorePackage.getEDouble(), "u", "0.5", 0, 1, ShortTermPlasticity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShortTermPlasticity_TauRec(), ecorePackage.getEDouble(), "tauRec", "800.0", 0, 1, ShortTermPlasticity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShortTermPlasticity_TauFac(), ecorePackage.getEDouble(), "tauFac", "0.0", 0, 1, ShortTermPlasticity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stimulusEClass, Stimulus.class, "Stimulus", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStimulus_Targets(), this.getPopulation(), null, "targets", null, 1, -1, Stimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStimulus_Start(), ecorePackage.getEDouble(), "start", "0.0", 0, 1, Stimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStimulus_Stop(), ecorePackage.getEDoubleObject(), "stop", null, 0, 1, Stimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poissonStimulusEClass, PoissonStimulus.class, "PoissonStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoissonStimulus_Rate(), ecorePackage.getEDouble(), "rate", "10.0", 0, 1, PoissonStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoissonStimulus_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, PoissonStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPoissonStimulus_Receptor(), this.getReceptor(), null, "receptor", null, 1, 1, PoissonStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dcStimulusEClass, DcStimulus.class, "DcStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDcStimulus_Amplitude(), ecorePackage.getEDouble(), "amplitude", "0.0", 0, 1, DcStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepStimulusEClass, StepStimulus.class, "StepStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepStimulus_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, StepStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepStimulus_Amplitudes(), ecorePackage.getEDouble(), "amplitudes", null, 0, -1, StepStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sinusoidStimulusEClass, SinusoidStimulus.class, "SinusoidStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSinusoidStimulus_Offset(), ecorePackage.getEDouble(), "offset", "0.0", 0, 1, SinusoidStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSinusoidStimulus_Amplitude(), ecorePackage.getEDouble(), "amplitude", "0.0", 0, 1, SinusoidStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSinusoidStimulus_Frequency(), ecorePackage.getEDouble(), "frequency", "10.0", 0, 1, SinusoidStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSinusoidStimulus_Phase(), ecorePackage.getEDouble(), "phase", "0.0", 0, 1, SinusoidStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeTimesStimulusEClass, SpikeTimesStimulus.class, "SpikeTimesStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpikeTimesStimulus_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, SpikeTimesStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpikeTimesStimulus_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, SpikeTimesStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpikeTimesStimulus_Receptor(), this.getReceptor(), null, "receptor", null, 1, 1, SpikeTimesStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noiseStimulusEClass, NoiseStimulus.class, "NoiseStimulus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoiseStimulus_Mean(), ecorePackage.getEDouble(), "mean", "0.0", 0, 1, NoiseStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseStimulus_Std(), ecorePackage.getEDouble(), "std", "0.0", 0, 1, NoiseStimulus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recorderEClass, Recorder.class, "Recorder", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRecorder_Targets(), this.getPopulation(), null, "targets", null, 1, -1, Recorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecorder_Subset(), this.getSubsetKind(), "subset", "all", 0, 1, Recorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecorder_Count(), ecorePackage.getEInt(), "count", "100", 0, 1, Recorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecorder_Indices(), ecorePackage.getEInt(), "indices", null, 0, -1, Recorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spikeRecorderEClass, SpikeRecorder.class, "SpikeRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stateRecorderEClass, StateRecorder.class, "StateRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStateRecorder_Variable(), ecorePackage.getEString(), "variable", "V_m", 0, 1, StateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStateRecorder_Interval(), ecorePackage.getEDouble(), "interval", "0.1", 0, 1, StateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rateRecorderEClass, RateRecorder.class, "RateRecorder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRateRecorder_BinWidth(), ecorePackage.getEDouble(), "binWidth", "1.0", 0, 1, RateRecorder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decodingTaskEClass, DecodingTask.class, "DecodingTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDecodingTask_Recorders(), this.getRecorder(), null, "recorders", null, 1, -1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecodingTask_Target(), this.getDecodingTarget(), null, "target", null, 1, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecodingTask_DecoderId(), ecorePackage.getEString(), "decoderId", null, 0, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecodingTask_Parameters(), this.getDecoderParameter(), null, "parameters", null, 0, -1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDecodingTask_Parameters().getEKeys().add(this.getDecoderParameter_Key());
		initEAttribute(getDecodingTask_BinWidth(), ecorePackage.getEDouble(), "binWidth", "10.0", 0, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecodingTask_HistoryBins(), ecorePackage.getEInt(), "historyBins", "0", 0, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecodingTask_Folds(), ecorePackage.getEInt(), "folds", "5", 0, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecodingTask_Causal(), ecorePackage.getEBoolean(), "causal", "true", 0, 1, DecodingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decodingTargetEClass, DecodingTarget.class, "DecodingTarget", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stimulusTargetEClass, StimulusTarget.class, "StimulusTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStimulusTarget_Stimulus(), this.getStimulus(), null, "stimulus", null, 1, 1, StimulusTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStimulusTarget_Parameter(), ecorePackage.getEString(), "parameter", null, 0, 1, StimulusTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timeSeriesTargetEClass, TimeSeriesTarget.class, "TimeSeriesTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeSeriesTarget_Times(), ecorePackage.getEDouble(), "times", null, 0, -1, TimeSeriesTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeSeriesTarget_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, TimeSeriesTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decoderParameterEClass, DecoderParameter.class, "DecoderParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecoderParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, DecoderParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecoderParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, DecoderParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEClass, Diagram.class, "Diagram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagram_Nodes(), this.getDiagramNode(), null, "nodes", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Edges(), this.getDiagramEdge(), null, "edges", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getDiagram__NodeFor__NamedElement(), this.getDiagramNode(), "nodeFor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getNamedElement(), "element", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getDiagram__EdgesFor__NamedElement(), this.getDiagramEdge(), "edgesFor", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getNamedElement(), "element", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(diagramNodeEClass, DiagramNode.class, "DiagramNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagramNode_Element(), this.getNamedElement(), null, "element", null, 1, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_X(), ecorePackage.getEInt(), "x", "0", 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Y(), ecorePackage.getEInt(), "y", "0", 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Width(), ecorePackage.getEInt(), "width", "120", 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Height(), ecorePackage.getEInt(), "height", "60", 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEdgeEClass, DiagramEdge.class, "DiagramEdge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiagramEdge_Element(), this.getNamedElement(), null, "element", null, 1, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramEdge_Target(), this.getNamedElement(), null, "target", null, 0, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramEdge_Bendpoints(), this.getDiagramPoint(), null, "bendpoints", null, 0, -1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramPointEClass, DiagramPoint.class, "DiagramPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramPoint_X(), ecorePackage.getEInt(), "x", "0", 0, 1, DiagramPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramPoint_Y(), ecorePackage.getEInt(), "y", "0", 0, 1, DiagramPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(receptorSignEEnum, ReceptorSign.class, "ReceptorSign");
		addEEnumLiteral(receptorSignEEnum, ReceptorSign.EXCITATORY);
		addEEnumLiteral(receptorSignEEnum, ReceptorSign.INHIBITORY);

		initEEnum(receptorKindEEnum, ReceptorKind.class, "ReceptorKind");
		addEEnumLiteral(receptorKindEEnum, ReceptorKind.CURRENT);
		addEEnumLiteral(receptorKindEEnum, ReceptorKind.CONDUCTANCE);

		initEEnum(synapseKineticsEEnum, SynapseKinetics.class, "SynapseKinetics");
		addEEnumLiteral(synapseKineticsEEnum, SynapseKinetics.EXPONENTIAL);
		addEEnumLiteral(synapseKineticsEEnum, SynapseKinetics.ALPHA);
		addEEnumLiteral(synapseKineticsEEnum, SynapseKinetics.DELTA);

		initEEnum(transferFunctionEEnum, TransferFunction.class, "TransferFunction");
		addEEnumLiteral(transferFunctionEEnum, TransferFunction.LINEAR);
		addEEnumLiteral(transferFunctionEEnum, TransferFunction.THRESHOLD_LINEAR);
		addEEnumLiteral(transferFunctionEEnum, TransferFunction.SIGMOID);
		addEEnumLiteral(transferFunctionEEnum, TransferFunction.TANH);

		initEEnum(distanceProfileEEnum, DistanceProfile.class, "DistanceProfile");
		addEEnumLiteral(distanceProfileEEnum, DistanceProfile.GAUSSIAN);
		addEEnumLiteral(distanceProfileEEnum, DistanceProfile.EXPONENTIAL);

		initEEnum(stdpWeightDependenceEEnum, StdpWeightDependence.class, "StdpWeightDependence");
		addEEnumLiteral(stdpWeightDependenceEEnum, StdpWeightDependence.ADDITIVE);
		addEEnumLiteral(stdpWeightDependenceEEnum, StdpWeightDependence.MULTIPLICATIVE);

		initEEnum(subsetKindEEnum, SubsetKind.class, "SubsetKind");
		addEEnumLiteral(subsetKindEEnum, SubsetKind.ALL);
		addEEnumLiteral(subsetKindEEnum, SubsetKind.FIRST_N);
		addEEnumLiteral(subsetKindEEnum, SubsetKind.INDICES);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.neurocircuit.org/model/units
		createUnitsAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.neurocircuit.org/model/units</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUnitsAnnotations() {
		String source = "http://www.neurocircuit.org/model/units";
		addAnnotation
		  (getCircuit_Duration(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getCircuit_Dt(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "dt"
		   });
		addAnnotation
		  (getCircuit_Seed(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getCircuit_Threads(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getPopulation_Size(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getInitialValue_Value(),
		   source,
		   new String[] {
			   "unit", "@variable"
		   });
		addAnnotation
		  (getLifCurrent_Cm(),
		   source,
		   new String[] {
			   "unit", "pF",
			   "symbol", "C_m"
		   });
		addAnnotation
		  (getLifCurrent_TauM(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_m"
		   });
		addAnnotation
		  (getLifCurrent_EL(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "E_L"
		   });
		addAnnotation
		  (getLifCurrent_VTh(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_th"
		   });
		addAnnotation
		  (getLifCurrent_VReset(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_reset"
		   });
		addAnnotation
		  (getLifCurrent_TRef(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "t_ref"
		   });
		addAnnotation
		  (getLifCurrent_IE(),
		   source,
		   new String[] {
			   "unit", "pA",
			   "symbol", "I_e"
		   });
		addAnnotation
		  (getLifConductance_Cm(),
		   source,
		   new String[] {
			   "unit", "pF",
			   "symbol", "C_m"
		   });
		addAnnotation
		  (getLifConductance_GL(),
		   source,
		   new String[] {
			   "unit", "nS",
			   "symbol", "g_L"
		   });
		addAnnotation
		  (getLifConductance_EL(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "E_L"
		   });
		addAnnotation
		  (getLifConductance_VTh(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_th"
		   });
		addAnnotation
		  (getLifConductance_VReset(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_reset"
		   });
		addAnnotation
		  (getLifConductance_TRef(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "t_ref"
		   });
		addAnnotation
		  (getLifConductance_IE(),
		   source,
		   new String[] {
			   "unit", "pA",
			   "symbol", "I_e"
		   });
		addAnnotation
		  (getAdEx_Cm(),
		   source,
		   new String[] {
			   "unit", "pF",
			   "symbol", "C_m"
		   });
		addAnnotation
		  (getAdEx_GL(),
		   source,
		   new String[] {
			   "unit", "nS",
			   "symbol", "g_L"
		   });
		addAnnotation
		  (getAdEx_EL(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "E_L"
		   });
		addAnnotation
		  (getAdEx_VT(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_T"
		   });
		addAnnotation
		  (getAdEx_DeltaT(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "\u0394_T"
		   });
		addAnnotation
		  (getAdEx_A(),
		   source,
		   new String[] {
			   "unit", "nS",
			   "symbol", "a"
		   });
		addAnnotation
		  (getAdEx_B(),
		   source,
		   new String[] {
			   "unit", "pA",
			   "symbol", "b"
		   });
		addAnnotation
		  (getAdEx_TauW(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_w"
		   });
		addAnnotation
		  (getAdEx_VReset(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_reset"
		   });
		addAnnotation
		  (getAdEx_VPeak(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_peak"
		   });
		addAnnotation
		  (getAdEx_TRef(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "t_ref"
		   });
		addAnnotation
		  (getAdEx_IE(),
		   source,
		   new String[] {
			   "unit", "pA",
			   "symbol", "I_e"
		   });
		addAnnotation
		  (getIzhikevich_A(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "a"
		   });
		addAnnotation
		  (getIzhikevich_B(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "b"
		   });
		addAnnotation
		  (getIzhikevich_C(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "c"
		   });
		addAnnotation
		  (getIzhikevich_D(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "d"
		   });
		addAnnotation
		  (getIzhikevich_VPeak(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "V_peak"
		   });
		addAnnotation
		  (getIzhikevich_IE(),
		   source,
		   new String[] {
			   "unit", "pA",
			   "symbol", "I_e"
		   });
		addAnnotation
		  (getPoissonSource_Rate(),
		   source,
		   new String[] {
			   "unit", "Hz",
			   "symbol", "\u03bd"
		   });
		addAnnotation
		  (getSpikeTimeSource_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSpikeTrain_Neuron(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getSpikeTrain_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getRateUnit_Tau(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4"
		   });
		addAnnotation
		  (getRateUnit_Gain(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "g"
		   });
		addAnnotation
		  (getRateUnit_Threshold(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "\u03b8"
		   });
		addAnnotation
		  (getSpatialLayout_CenterX(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "x\u2080"
		   });
		addAnnotation
		  (getSpatialLayout_CenterY(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "y\u2080"
		   });
		addAnnotation
		  (getSpatialLayout_CenterZ(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "z\u2080"
		   });
		addAnnotation
		  (getGridLayout_Rows(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getGridLayout_Columns(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getGridLayout_Spacing(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "\u0394x"
		   });
		addAnnotation
		  (getRandomBoxLayout_ExtentX(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "L_x"
		   });
		addAnnotation
		  (getRandomBoxLayout_ExtentY(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "L_y"
		   });
		addAnnotation
		  (getRandomBoxLayout_ExtentZ(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "L_z"
		   });
		addAnnotation
		  (getConstantValue_Value(),
		   source,
		   new String[] {
			   "unit", "@container"
		   });
		addAnnotation
		  (getUniformDistribution_Low(),
		   source,
		   new String[] {
			   "unit", "@container"
		   });
		addAnnotation
		  (getUniformDistribution_High(),
		   source,
		   new String[] {
			   "unit", "@container"
		   });
		addAnnotation
		  (getNormalDistribution_Mean(),
		   source,
		   new String[] {
			   "unit", "@container",
			   "symbol", "\u03bc"
		   });
		addAnnotation
		  (getNormalDistribution_Sd(),
		   source,
		   new String[] {
			   "unit", "@container",
			   "symbol", "\u03c3"
		   });
		addAnnotation
		  (getNormalDistribution_Low(),
		   source,
		   new String[] {
			   "unit", "@container"
		   });
		addAnnotation
		  (getNormalDistribution_High(),
		   source,
		   new String[] {
			   "unit", "@container"
		   });
		addAnnotation
		  (getLogNormalDistribution_Mu(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "\u03bc"
		   });
		addAnnotation
		  (getLogNormalDistribution_Sigma(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "\u03c3"
		   });
		addAnnotation
		  (getProjection_Weight(),
		   source,
		   new String[] {
			   "unit", "@receptor"
		   });
		addAnnotation
		  (getProjection_Delay(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getReceptor_TauSyn(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_syn"
		   });
		addAnnotation
		  (getReceptor_ERev(),
		   source,
		   new String[] {
			   "unit", "mV",
			   "symbol", "E_rev"
		   });
		addAnnotation
		  (getFixedProbability_P(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "p"
		   });
		addAnnotation
		  (getFixedInDegree_K(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "K_in"
		   });
		addAnnotation
		  (getFixedOutDegree_K(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "K_out"
		   });
		addAnnotation
		  (getDistanceDependent_P0(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "p\u2080"
		   });
		addAnnotation
		  (getDistanceDependent_Sigma(),
		   source,
		   new String[] {
			   "unit", "\u00b5m",
			   "symbol", "\u03c3"
		   });
		addAnnotation
		  (getExplicitConnection_Source(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getExplicitConnection_Target(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getExplicitConnection_Weight(),
		   source,
		   new String[] {
			   "unit", "@receptor"
		   });
		addAnnotation
		  (getExplicitConnection_Delay(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getStdp_TauPlus(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_+"
		   });
		addAnnotation
		  (getStdp_TauMinus(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_\u2212"
		   });
		addAnnotation
		  (getStdp_APlus(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "A_+"
		   });
		addAnnotation
		  (getStdp_AMinus(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "A_\u2212"
		   });
		addAnnotation
		  (getStdp_WMin(),
		   source,
		   new String[] {
			   "unit", "@receptor",
			   "symbol", "w_min"
		   });
		addAnnotation
		  (getStdp_WMax(),
		   source,
		   new String[] {
			   "unit", "@receptor",
			   "symbol", "w_max"
		   });
		addAnnotation
		  (getShortTermPlasticity_U(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "U"
		   });
		addAnnotation
		  (getShortTermPlasticity_TauRec(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_rec"
		   });
		addAnnotation
		  (getShortTermPlasticity_TauFac(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "\u03c4_fac"
		   });
		addAnnotation
		  (getStimulus_Start(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "t_start"
		   });
		addAnnotation
		  (getStimulus_Stop(),
		   source,
		   new String[] {
			   "unit", "ms",
			   "symbol", "t_stop"
		   });
		addAnnotation
		  (getPoissonStimulus_Rate(),
		   source,
		   new String[] {
			   "unit", "Hz",
			   "symbol", "\u03bd"
		   });
		addAnnotation
		  (getPoissonStimulus_Weight(),
		   source,
		   new String[] {
			   "unit", "@receptor"
		   });
		addAnnotation
		  (getDcStimulus_Amplitude(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getStepStimulus_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getStepStimulus_Amplitudes(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getSinusoidStimulus_Offset(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getSinusoidStimulus_Amplitude(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getSinusoidStimulus_Frequency(),
		   source,
		   new String[] {
			   "unit", "Hz",
			   "symbol", "f"
		   });
		addAnnotation
		  (getSinusoidStimulus_Phase(),
		   source,
		   new String[] {
			   "unit", "1",
			   "symbol", "\u03c6"
		   });
		addAnnotation
		  (getSpikeTimesStimulus_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getSpikeTimesStimulus_Weight(),
		   source,
		   new String[] {
			   "unit", "@receptor"
		   });
		addAnnotation
		  (getNoiseStimulus_Mean(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getNoiseStimulus_Std(),
		   source,
		   new String[] {
			   "unit", "pA"
		   });
		addAnnotation
		  (getRecorder_Count(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getRecorder_Indices(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getStateRecorder_Interval(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getRateRecorder_BinWidth(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getDecodingTask_BinWidth(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getDecodingTask_HistoryBins(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getDecodingTask_Folds(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getTimeSeriesTarget_Times(),
		   source,
		   new String[] {
			   "unit", "ms"
		   });
		addAnnotation
		  (getTimeSeriesTarget_Values(),
		   source,
		   new String[] {
			   "unit", "1"
		   });
		addAnnotation
		  (getDiagramNode_X(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
		addAnnotation
		  (getDiagramNode_Y(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
		addAnnotation
		  (getDiagramNode_Width(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
		addAnnotation
		  (getDiagramNode_Height(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
		addAnnotation
		  (getDiagramPoint_X(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
		addAnnotation
		  (getDiagramPoint_Y(),
		   source,
		   new String[] {
			   "unit", "px"
		   });
	}

} //ModelPackageImpl
