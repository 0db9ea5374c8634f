/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.neurocircuit.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.CIRCUIT: return createCircuit();
			case ModelPackage.REGION: return createRegion();
			case ModelPackage.POPULATION: return createPopulation();
			case ModelPackage.INITIAL_VALUE: return createInitialValue();
			case ModelPackage.LIF_CURRENT: return createLifCurrent();
			case ModelPackage.LIF_CONDUCTANCE: return createLifConductance();
			case ModelPackage.AD_EX: return createAdEx();
			case ModelPackage.IZHIKEVICH: return createIzhikevich();
			case ModelPackage.POISSON_SOURCE: return createPoissonSource();
			case ModelPackage.SPIKE_TIME_SOURCE: return createSpikeTimeSource();
			case ModelPackage.SPIKE_TRAIN: return createSpikeTrain();
			case ModelPackage.RATE_UNIT: return createRateUnit();
			case ModelPackage.GRID_LAYOUT: return createGridLayout();
			case ModelPackage.RANDOM_BOX_LAYOUT: return createRandomBoxLayout();
			case ModelPackage.CONSTANT_VALUE: return createConstantValue();
			case ModelPackage.UNIFORM_DISTRIBUTION: return createUniformDistribution();
			case ModelPackage.NORMAL_DISTRIBUTION: return createNormalDistribution();
			case ModelPackage.LOG_NORMAL_DISTRIBUTION: return createLogNormalDistribution();
			case ModelPackage.PROJECTION: return createProjection();
			case ModelPackage.RECEPTOR: return createReceptor();
			case ModelPackage.ALL_TO_ALL: return createAllToAll();
			case ModelPackage.ONE_TO_ONE: return createOneToOne();
			case ModelPackage.FIXED_PROBABILITY: return createFixedProbability();
			case ModelPackage.FIXED_IN_DEGREE: return createFixedInDegree();
			case ModelPackage.FIXED_OUT_DEGREE: return createFixedOutDegree();
			case ModelPackage.DISTANCE_DEPENDENT: return createDistanceDependent();
			case ModelPackage.EXPLICIT_LIST: return createExplicitList();
			case ModelPackage.EXPLICIT_CONNECTION: return createExplicitConnection();
			case ModelPackage.STDP: return createStdp();
			case ModelPackage.SHORT_TERM_PLASTICITY: return createShortTermPlasticity();
			case ModelPackage.POISSON_STIMULUS: return createPoissonStimulus();
			case ModelPackage.DC_STIMULUS: return createDcStimulus();
			case ModelPackage.STEP_STIMULUS: return createStepStimulus();
			case ModelPackage.SINUSOID_STIMULUS: return createSinusoidStimulus();
			case ModelPackage.SPIKE_TIMES_STIMULUS: return createSpikeTimesStimulus();
			case ModelPackage.NOISE_STIMULUS: return createNoiseStimulus();
			case ModelPackage.SPIKE_RECORDER: return createSpikeRecorder();
			case ModelPackage.STATE_RECORDER: return createStateRecorder();
			case ModelPackage.RATE_RECORDER: return createRateRecorder();
			case ModelPackage.DECODING_TASK: return createDecodingTask();
			case ModelPackage.STIMULUS_TARGET: return createStimulusTarget();
			case ModelPackage.TIME_SERIES_TARGET: return createTimeSeriesTarget();
			case ModelPackage.DECODER_PARAMETER: return createDecoderParameter();
			case ModelPackage.DIAGRAM: return createDiagram();
			case ModelPackage.DIAGRAM_NODE: return createDiagramNode();
			case ModelPackage.DIAGRAM_EDGE: return createDiagramEdge();
			case ModelPackage.DIAGRAM_POINT: return createDiagramPoint();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.RECEPTOR_SIGN:
				return createReceptorSignFromString(eDataType, initialValue);
			case ModelPackage.RECEPTOR_KIND:
				return createReceptorKindFromString(eDataType, initialValue);
			case ModelPackage.SYNAPSE_KINETICS:
				return createSynapseKineticsFromString(eDataType, initialValue);
			case ModelPackage.TRANSFER_FUNCTION:
				return createTransferFunctionFromString(eDataType, initialValue);
			case ModelPackage.DISTANCE_PROFILE:
				return createDistanceProfileFromString(eDataType, initialValue);
			case ModelPackage.STDP_WEIGHT_DEPENDENCE:
				return createStdpWeightDependenceFromString(eDataType, initialValue);
			case ModelPackage.SUBSET_KIND:
				return createSubsetKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.RECEPTOR_SIGN:
				return convertReceptorSignToString(eDataType, instanceValue);
			case ModelPackage.RECEPTOR_KIND:
				return convertReceptorKindToString(eDataType, instanceValue);
			case ModelPackage.SYNAPSE_KINETICS:
				return convertSynapseKineticsToString(eDataType, instanceValue);
			case ModelPackage.TRANSFER_FUNCTION:
				return convertTransferFunctionToString(eDataType, instanceValue);
			case ModelPackage.DISTANCE_PROFILE:
				return convertDistanceProfileToString(eDataType, instanceValue);
			case ModelPackage.STDP_WEIGHT_DEPENDENCE:
				return convertStdpWeightDependenceToString(eDataType, instanceValue);
			case ModelPackage.SUBSET_KIND:
				return convertSubsetKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Circuit createCircuit() {
		CircuitImpl circuit = new CircuitImpl();
		return circuit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Population createPopulation() {
		PopulationImpl population = new PopulationImpl();
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitialValue createInitialValue() {
		InitialValueImpl initialValue = new InitialValueImpl();
		return initialValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifCurrent createLifCurrent() {
		LifCurrentImpl lifCurrent = new LifCurrentImpl();
		return lifCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifConductance createLifConductance() {
		LifConductanceImpl lifConductance = new LifConductanceImpl();
		return lifConductance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdEx createAdEx() {
		AdExImpl adEx = new AdExImpl();
		return adEx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Izhikevich createIzhikevich() {
		IzhikevichImpl izhikevich = new IzhikevichImpl();
		return izhikevich;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoissonSource createPoissonSource() {
		PoissonSourceImpl poissonSource = new PoissonSourceImpl();
		return poissonSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeTimeSource createSpikeTimeSource() {
		SpikeTimeSourceImpl spikeTimeSource = new SpikeTimeSourceImpl();
		return spikeTimeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeTrain createSpikeTrain() {
		SpikeTrainImpl spikeTrain = new SpikeTrainImpl();
		return spikeTrain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateUnit createRateUnit() {
		RateUnitImpl rateUnit = new RateUnitImpl();
		return rateUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GridLayout createGridLayout() {
		GridLayoutImpl gridLayout = new GridLayoutImpl();
		return gridLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomBoxLayout createRandomBoxLayout() {
		RandomBoxLayoutImpl randomBoxLayout = new RandomBoxLayoutImpl();
		return randomBoxLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstantValue createConstantValue() {
		ConstantValueImpl constantValue = new ConstantValueImpl();
		return constantValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniformDistribution createUniformDistribution() {
		UniformDistributionImpl uniformDistribution = new UniformDistributionImpl();
		return uniformDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalDistribution createNormalDistribution() {
		NormalDistributionImpl normalDistribution = new NormalDistributionImpl();
		return normalDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogNormalDistribution createLogNormalDistribution() {
		LogNormalDistributionImpl logNormalDistribution = new LogNormalDistributionImpl();
		return logNormalDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Projection createProjection() {
		ProjectionImpl projection = new ProjectionImpl();
		return projection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Receptor createReceptor() {
		ReceptorImpl receptor = new ReceptorImpl();
		return receptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllToAll createAllToAll() {
		AllToAllImpl allToAll = new AllToAllImpl();
		return allToAll;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OneToOne createOneToOne() {
		OneToOneImpl oneToOne = new OneToOneImpl();
		return oneToOne;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedProbability createFixedProbability() {
		FixedProbabilityImpl fixedProbability = new FixedProbabilityImpl();
		return fixedProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedInDegree createFixedInDegree() {
		FixedInDegreeImpl fixedInDegree = new FixedInDegreeImpl();
		return fixedInDegree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixedOutDegree createFixedOutDegree() {
		FixedOutDegreeImpl fixedOutDegree = new FixedOutDegreeImpl();
		return fixedOutDegree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistanceDependent createDistanceDependent() {
		DistanceDependentImpl distanceDependent = new DistanceDependentImpl();
		return distanceDependent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitList createExplicitList() {
		ExplicitListImpl explicitList = new ExplicitListImpl();
		return explicitList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitConnection createExplicitConnection() {
		ExplicitConnectionImpl explicitConnection = new ExplicitConnectionImpl();
		return explicitConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stdp createStdp() {
		StdpImpl stdp = new StdpImpl();
		return stdp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShortTermPlasticity createShortTermPlasticity() {
		ShortTermPlasticityImpl shortTermPlasticity = new ShortTermPlasticityImpl();
		return shortTermPlasticity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoissonStimulus createPoissonStimulus() {
		PoissonStimulusImpl poissonStimulus = new PoissonStimulusImpl();
		return poissonStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DcStimulus createDcStimulus() {
		DcStimulusImpl dcStimulus = new DcStimulusImpl();
		return dcStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepStimulus createStepStimulus() {
		StepStimulusImpl stepStimulus = new StepStimulusImpl();
		return stepStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SinusoidStimulus createSinusoidStimulus() {
		SinusoidStimulusImpl sinusoidStimulus = new SinusoidStimulusImpl();
		return sinusoidStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeTimesStimulus createSpikeTimesStimulus() {
		SpikeTimesStimulusImpl spikeTimesStimulus = new SpikeTimesStimulusImpl();
		return spikeTimesStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoiseStimulus createNoiseStimulus() {
		NoiseStimulusImpl noiseStimulus = new NoiseStimulusImpl();
		return noiseStimulus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpikeRecorder createSpikeRecorder() {
		SpikeRecorderImpl spikeRecorder = new SpikeRecorderImpl();
		return spikeRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateRecorder createStateRecorder() {
		StateRecorderImpl stateRecorder = new StateRecorderImpl();
		return stateRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateRecorder createRateRecorder() {
		RateRecorderImpl rateRecorder = new RateRecorderImpl();
		return rateRecorder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecodingTask createDecodingTask() {
		DecodingTaskImpl decodingTask = new DecodingTaskImpl();
		return decodingTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StimulusTarget createStimulusTarget() {
		StimulusTargetImpl stimulusTarget = new StimulusTargetImpl();
		return stimulusTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeSeriesTarget createTimeSeriesTarget() {
		TimeSeriesTargetImpl timeSeriesTarget = new TimeSeriesTargetImpl();
		return timeSeriesTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecoderParameter createDecoderParameter() {
		DecoderParameterImpl decoderParameter = new DecoderParameterImpl();
		return decoderParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram createDiagram() {
		DiagramImpl diagram = new DiagramImpl();
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramNode createDiagramNode() {
		DiagramNodeImpl diagramNode = new DiagramNodeImpl();
		return diagramNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramEdge createDiagramEdge() {
		DiagramEdgeImpl diagramEdge = new DiagramEdgeImpl();
		return diagramEdge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramPoint createDiagramPoint() {
		DiagramPointImpl diagramPoint = new DiagramPointImpl();
		return diagramPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReceptorSign createReceptorSignFromString(EDataType eDataType, String initialValue) {
		ReceptorSign result = ReceptorSign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReceptorSignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReceptorKind createReceptorKindFromString(EDataType eDataType, String initialValue) {
		ReceptorKind result = ReceptorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReceptorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SynapseKinetics createSynapseKineticsFromString(EDataType eDataType, String initialValue) {
		SynapseKinetics result = SynapseKinetics.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSynapseKineticsToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransferFunction createTransferFunctionFromString(EDataType eDataType, String initialValue) {
		TransferFunction result = TransferFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransferFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DistanceProfile createDistanceProfileFromString(EDataType eDataType, String initialValue) {
		DistanceProfile result = DistanceProfile.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDistanceProfileToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StdpWeightDependence createStdpWeightDependenceFromString(EDataType eDataType, String initialValue) {
		StdpWeightDependence result = StdpWeightDependence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStdpWeightDependenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubsetKind createSubsetKindFromString(EDataType eDataType, String initialValue) {
		SubsetKind result = SubsetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubsetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
