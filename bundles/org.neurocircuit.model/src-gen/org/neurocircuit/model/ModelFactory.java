/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.neurocircuit.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.neurocircuit.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Circuit</em>'.
	 * @generated
	 */
	Circuit createCircuit();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population</em>'.
	 * @generated
	 */
	Population createPopulation();

	/**
	 * Returns a new object of class '<em>Initial Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initial Value</em>'.
	 * @generated
	 */
	InitialValue createInitialValue();

	/**
	 * Returns a new object of class '<em>Lif Current</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lif Current</em>'.
	 * @generated
	 */
	LifCurrent createLifCurrent();

	/**
	 * Returns a new object of class '<em>Lif Conductance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lif Conductance</em>'.
	 * @generated
	 */
	LifConductance createLifConductance();

	/**
	 * Returns a new object of class '<em>Ad Ex</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ad Ex</em>'.
	 * @generated
	 */
	AdEx createAdEx();

	/**
	 * Returns a new object of class '<em>Izhikevich</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Izhikevich</em>'.
	 * @generated
	 */
	Izhikevich createIzhikevich();

	/**
	 * Returns a new object of class '<em>Poisson Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Poisson Source</em>'.
	 * @generated
	 */
	PoissonSource createPoissonSource();

	/**
	 * Returns a new object of class '<em>Spike Time Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Time Source</em>'.
	 * @generated
	 */
	SpikeTimeSource createSpikeTimeSource();

	/**
	 * Returns a new object of class '<em>Spike Train</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Train</em>'.
	 * @generated
	 */
	SpikeTrain createSpikeTrain();

	/**
	 * Returns a new object of class '<em>Rate Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rate Unit</em>'.
	 * @generated
	 */
	RateUnit createRateUnit();

	/**
	 * Returns a new object of class '<em>Grid Layout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Grid Layout</em>'.
	 * @generated
	 */
	GridLayout createGridLayout();

	/**
	 * Returns a new object of class '<em>Random Box Layout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Random Box Layout</em>'.
	 * @generated
	 */
	RandomBoxLayout createRandomBoxLayout();

	/**
	 * Returns a new object of class '<em>Constant Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Constant Value</em>'.
	 * @generated
	 */
	ConstantValue createConstantValue();

	/**
	 * Returns a new object of class '<em>Uniform Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uniform Distribution</em>'.
	 * @generated
	 */
	UniformDistribution createUniformDistribution();

	/**
	 * Returns a new object of class '<em>Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Normal Distribution</em>'.
	 * @generated
	 */
	NormalDistribution createNormalDistribution();

	/**
	 * Returns a new object of class '<em>Log Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Log Normal Distribution</em>'.
	 * @generated
	 */
	LogNormalDistribution createLogNormalDistribution();

	/**
	 * Returns a new object of class '<em>Projection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Projection</em>'.
	 * @generated
	 */
	Projection createProjection();

	/**
	 * Returns a new object of class '<em>Receptor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Receptor</em>'.
	 * @generated
	 */
	Receptor createReceptor();

	/**
	 * Returns a new object of class '<em>All To All</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>All To All</em>'.
	 * @generated
	 */
	AllToAll createAllToAll();

	/**
	 * Returns a new object of class '<em>One To One</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>One To One</em>'.
	 * @generated
	 */
	OneToOne createOneToOne();

	/**
	 * Returns a new object of class '<em>Fixed Probability</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Probability</em>'.
	 * @generated
	 */
	FixedProbability createFixedProbability();

	/**
	 * Returns a new object of class '<em>Fixed In Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed In Degree</em>'.
	 * @generated
	 */
	FixedInDegree createFixedInDegree();

	/**
	 * Returns a new object of class '<em>Fixed Out Degree</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fixed Out Degree</em>'.
	 * @generated
	 */
	FixedOutDegree createFixedOutDegree();

	/**
	 * Returns a new object of class '<em>Distance Dependent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Distance Dependent</em>'.
	 * @generated
	 */
	DistanceDependent createDistanceDependent();

	/**
	 * Returns a new object of class '<em>Explicit List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit List</em>'.
	 * @generated
	 */
	ExplicitList createExplicitList();

	/**
	 * Returns a new object of class '<em>Explicit Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit Connection</em>'.
	 * @generated
	 */
	ExplicitConnection createExplicitConnection();

	/**
	 * Returns a new object of class '<em>Stdp</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stdp</em>'.
	 * @generated
	 */
	Stdp createStdp();

	/**
	 * Returns a new object of class '<em>Short Term Plasticity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Short Term Plasticity</em>'.
	 * @generated
	 */
	ShortTermPlasticity createShortTermPlasticity();

	/**
	 * Returns a new object of class '<em>Poisson Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Poisson Stimulus</em>'.
	 * @generated
	 */
	PoissonStimulus createPoissonStimulus();

	/**
	 * Returns a new object of class '<em>Dc Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dc Stimulus</em>'.
	 * @generated
	 */
	DcStimulus createDcStimulus();

	/**
	 * Returns a new object of class '<em>Step Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Stimulus</em>'.
	 * @generated
	 */
	StepStimulus createStepStimulus();

	/**
	 * Returns a new object of class '<em>Sinusoid Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sinusoid Stimulus</em>'.
	 * @generated
	 */
	SinusoidStimulus createSinusoidStimulus();

	/**
	 * Returns a new object of class '<em>Spike Times Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Times Stimulus</em>'.
	 * @generated
	 */
	SpikeTimesStimulus createSpikeTimesStimulus();

	/**
	 * Returns a new object of class '<em>Noise Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Noise Stimulus</em>'.
	 * @generated
	 */
	NoiseStimulus createNoiseStimulus();

	/**
	 * Returns a new object of class '<em>Spike Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spike Recorder</em>'.
	 * @generated
	 */
	SpikeRecorder createSpikeRecorder();

	/**
	 * Returns a new object of class '<em>State Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>State Recorder</em>'.
	 * @generated
	 */
	StateRecorder createStateRecorder();

	/**
	 * Returns a new object of class '<em>Rate Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rate Recorder</em>'.
	 * @generated
	 */
	RateRecorder createRateRecorder();

	/**
	 * Returns a new object of class '<em>Decoding Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decoding Task</em>'.
	 * @generated
	 */
	DecodingTask createDecodingTask();

	/**
	 * Returns a new object of class '<em>Stimulus Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stimulus Target</em>'.
	 * @generated
	 */
	StimulusTarget createStimulusTarget();

	/**
	 * Returns a new object of class '<em>Time Series Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Time Series Target</em>'.
	 * @generated
	 */
	TimeSeriesTarget createTimeSeriesTarget();

	/**
	 * Returns a new object of class '<em>Decoder Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decoder Parameter</em>'.
	 * @generated
	 */
	DecoderParameter createDecoderParameter();

	/**
	 * Returns a new object of class '<em>Diagram</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram</em>'.
	 * @generated
	 */
	Diagram createDiagram();

	/**
	 * Returns a new object of class '<em>Diagram Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Node</em>'.
	 * @generated
	 */
	DiagramNode createDiagramNode();

	/**
	 * Returns a new object of class '<em>Diagram Edge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Edge</em>'.
	 * @generated
	 */
	DiagramEdge createDiagramEdge();

	/**
	 * Returns a new object of class '<em>Diagram Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Point</em>'.
	 * @generated
	 */
	DiagramPoint createDiagramPoint();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
