/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.neurocircuit.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.neurocircuit.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseCircuit(Circuit object) {
				return createCircuitAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter casePopulation(Population object) {
				return createPopulationAdapter();
			}
			@Override
			public Adapter caseInitialValue(InitialValue object) {
				return createInitialValueAdapter();
			}
			@Override
			public Adapter caseNeuronModel(NeuronModel object) {
				return createNeuronModelAdapter();
			}
			@Override
			public Adapter caseLifCurrent(LifCurrent object) {
				return createLifCurrentAdapter();
			}
			@Override
			public Adapter caseLifConductance(LifConductance object) {
				return createLifConductanceAdapter();
			}
			@Override
			public Adapter caseAdEx(AdEx object) {
				return createAdExAdapter();
			}
			@Override
			public Adapter caseIzhikevich(Izhikevich object) {
				return createIzhikevichAdapter();
			}
			@Override
			public Adapter casePoissonSource(PoissonSource object) {
				return createPoissonSourceAdapter();
			}
			@Override
			public Adapter caseSpikeTimeSource(SpikeTimeSource object) {
				return createSpikeTimeSourceAdapter();
			}
			@Override
			public Adapter caseSpikeTrain(SpikeTrain object) {
				return createSpikeTrainAdapter();
			}
			@Override
			public Adapter caseRateUnit(RateUnit object) {
				return createRateUnitAdapter();
			}
			@Override
			public Adapter caseSpatialLayout(SpatialLayout object) {
				return createSpatialLayoutAdapter();
			}
			@Override
			public Adapter caseGridLayout(GridLayout object) {
				return createGridLayoutAdapter();
			}
			@Override
			public Adapter caseRandomBoxLayout(RandomBoxLayout object) {
				return createRandomBoxLayoutAdapter();
			}
			@Override
			public Adapter caseQuantity(Quantity object) {
				return createQuantityAdapter();
			}
			@Override
			public Adapter caseConstantValue(ConstantValue object) {
				return createConstantValueAdapter();
			}
			@Override
			public Adapter caseValueDistribution(ValueDistribution object) {
				return createValueDistributionAdapter();
			}
			@Override
			public Adapter caseUniformDistribution(UniformDistribution object) {
				return createUniformDistributionAdapter();
			}
			@Override
			public Adapter caseNormalDistribution(NormalDistribution object) {
				return createNormalDistributionAdapter();
			}
			@Override
			public Adapter caseLogNormalDistribution(LogNormalDistribution object) {
				return createLogNormalDistributionAdapter();
			}
			@Override
			public Adapter caseProjection(Projection object) {
				return createProjectionAdapter();
			}
			@Override
			public Adapter caseReceptor(Receptor object) {
				return createReceptorAdapter();
			}
			@Override
			public Adapter caseConnectionRule(ConnectionRule object) {
				return createConnectionRuleAdapter();
			}
			@Override
			public Adapter caseAllToAll(AllToAll object) {
				return createAllToAllAdapter();
			}
			@Override
			public Adapter caseOneToOne(OneToOne object) {
				return createOneToOneAdapter();
			}
			@Override
			public Adapter caseFixedProbability(FixedProbability object) {
				return createFixedProbabilityAdapter();
			}
			@Override
			public Adapter caseFixedInDegree(FixedInDegree object) {
				return createFixedInDegreeAdapter();
			}
			@Override
			public Adapter caseFixedOutDegree(FixedOutDegree object) {
				return createFixedOutDegreeAdapter();
			}
			@Override
			public Adapter caseDistanceDependent(DistanceDependent object) {
				return createDistanceDependentAdapter();
			}
			@Override
			public Adapter caseExplicitList(ExplicitList object) {
				return createExplicitListAdapter();
			}
			@Override
			public Adapter caseExplicitConnection(ExplicitConnection object) {
				return createExplicitConnectionAdapter();
			}
			@Override
			public Adapter casePlasticity(Plasticity object) {
				return createPlasticityAdapter();
			}
			@Override
			public Adapter caseStdp(Stdp object) {
				return createStdpAdapter();
			}
			@Override
			public Adapter caseShortTermPlasticity(ShortTermPlasticity object) {
				return createShortTermPlasticityAdapter();
			}
			@Override
			public Adapter caseStimulus(Stimulus object) {
				return createStimulusAdapter();
			}
			@Override
			public Adapter casePoissonStimulus(PoissonStimulus object) {
				return createPoissonStimulusAdapter();
			}
			@Override
			public Adapter caseDcStimulus(DcStimulus object) {
				return createDcStimulusAdapter();
			}
			@Override
			public Adapter caseStepStimulus(StepStimulus object) {
				return createStepStimulusAdapter();
			}
			@Override
			public Adapter caseSinusoidStimulus(SinusoidStimulus object) {
				return createSinusoidStimulusAdapter();
			}
			@Override
			public Adapter caseSpikeTimesStimulus(SpikeTimesStimulus object) {
				return createSpikeTimesStimulusAdapter();
			}
			@Override
			public Adapter caseNoiseStimulus(NoiseStimulus object) {
				return createNoiseStimulusAdapter();
			}
			@Override
			public Adapter caseRecorder(Recorder object) {
				return createRecorderAdapter();
			}
			@Override
			public Adapter caseSpikeRecorder(SpikeRecorder object) {
				return createSpikeRecorderAdapter();
			}
			@Override
			public Adapter caseStateRecorder(StateRecorder object) {
				return createStateRecorderAdapter();
			}
			@Override
			public Adapter caseRateRecorder(RateRecorder object) {
				return createRateRecorderAdapter();
			}
			@Override
			public Adapter caseDecodingTask(DecodingTask object) {
				return createDecodingTaskAdapter();
			}
			@Override
			public Adapter caseDecodingTarget(DecodingTarget object) {
				return createDecodingTargetAdapter();
			}
			@Override
			public Adapter caseStimulusTarget(StimulusTarget object) {
				return createStimulusTargetAdapter();
			}
			@Override
			public Adapter caseTimeSeriesTarget(TimeSeriesTarget object) {
				return createTimeSeriesTargetAdapter();
			}
			@Override
			public Adapter caseDecoderParameter(DecoderParameter object) {
				return createDecoderParameterAdapter();
			}
			@Override
			public Adapter caseDiagram(Diagram object) {
				return createDiagramAdapter();
			}
			@Override
			public Adapter caseDiagramNode(DiagramNode object) {
				return createDiagramNodeAdapter();
			}
			@Override
			public Adapter caseDiagramEdge(DiagramEdge object) {
				return createDiagramEdgeAdapter();
			}
			@Override
			public Adapter caseDiagramPoint(DiagramPoint object) {
				return createDiagramPointAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Circuit <em>Circuit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Circuit
	 * @generated
	 */
	public Adapter createCircuitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Population <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Population
	 * @generated
	 */
	public Adapter createPopulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.InitialValue <em>Initial Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.InitialValue
	 * @generated
	 */
	public Adapter createInitialValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.NeuronModel <em>Neuron Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.NeuronModel
	 * @generated
	 */
	public Adapter createNeuronModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.LifCurrent <em>Lif Current</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.LifCurrent
	 * @generated
	 */
	public Adapter createLifCurrentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.LifConductance <em>Lif Conductance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.LifConductance
	 * @generated
	 */
	public Adapter createLifConductanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.AdEx <em>Ad Ex</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.AdEx
	 * @generated
	 */
	public Adapter createAdExAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Izhikevich <em>Izhikevich</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Izhikevich
	 * @generated
	 */
	public Adapter createIzhikevichAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.PoissonSource <em>Poisson Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.PoissonSource
	 * @generated
	 */
	public Adapter createPoissonSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SpikeTimeSource <em>Spike Time Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SpikeTimeSource
	 * @generated
	 */
	public Adapter createSpikeTimeSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SpikeTrain <em>Spike Train</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SpikeTrain
	 * @generated
	 */
	public Adapter createSpikeTrainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.RateUnit <em>Rate Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.RateUnit
	 * @generated
	 */
	public Adapter createRateUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SpatialLayout <em>Spatial Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SpatialLayout
	 * @generated
	 */
	public Adapter createSpatialLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.GridLayout <em>Grid Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.GridLayout
	 * @generated
	 */
	public Adapter createGridLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.RandomBoxLayout <em>Random Box Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.RandomBoxLayout
	 * @generated
	 */
	public Adapter createRandomBoxLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Quantity
	 * @generated
	 */
	public Adapter createQuantityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ConstantValue <em>Constant Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ConstantValue
	 * @generated
	 */
	public Adapter createConstantValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ValueDistribution <em>Value Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ValueDistribution
	 * @generated
	 */
	public Adapter createValueDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.UniformDistribution <em>Uniform Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.UniformDistribution
	 * @generated
	 */
	public Adapter createUniformDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.NormalDistribution <em>Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.NormalDistribution
	 * @generated
	 */
	public Adapter createNormalDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.LogNormalDistribution <em>Log Normal Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.LogNormalDistribution
	 * @generated
	 */
	public Adapter createLogNormalDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Projection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Projection
	 * @generated
	 */
	public Adapter createProjectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Receptor <em>Receptor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Receptor
	 * @generated
	 */
	public Adapter createReceptorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ConnectionRule <em>Connection Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ConnectionRule
	 * @generated
	 */
	public Adapter createConnectionRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.AllToAll <em>All To All</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.AllToAll
	 * @generated
	 */
	public Adapter createAllToAllAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.OneToOne <em>One To One</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.OneToOne
	 * @generated
	 */
	public Adapter createOneToOneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.FixedProbability <em>Fixed Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.FixedProbability
	 * @generated
	 */
	public Adapter createFixedProbabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.FixedInDegree <em>Fixed In Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.FixedInDegree
	 * @generated
	 */
	public Adapter createFixedInDegreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.FixedOutDegree <em>Fixed Out Degree</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.FixedOutDegree
	 * @generated
	 */
	public Adapter createFixedOutDegreeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DistanceDependent <em>Distance Dependent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DistanceDependent
	 * @generated
	 */
	public Adapter createDistanceDependentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ExplicitList <em>Explicit List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ExplicitList
	 * @generated
	 */
	public Adapter createExplicitListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ExplicitConnection <em>Explicit Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ExplicitConnection
	 * @generated
	 */
	public Adapter createExplicitConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Plasticity <em>Plasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Plasticity
	 * @generated
	 */
	public Adapter createPlasticityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Stdp <em>Stdp</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Stdp
	 * @generated
	 */
	public Adapter createStdpAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.ShortTermPlasticity <em>Short Term Plasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.ShortTermPlasticity
	 * @generated
	 */
	public Adapter createShortTermPlasticityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Stimulus <em>Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Stimulus
	 * @generated
	 */
	public Adapter createStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.PoissonStimulus <em>Poisson Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.PoissonStimulus
	 * @generated
	 */
	public Adapter createPoissonStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DcStimulus <em>Dc Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DcStimulus
	 * @generated
	 */
	public Adapter createDcStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.StepStimulus <em>Step Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.StepStimulus
	 * @generated
	 */
	public Adapter createStepStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SinusoidStimulus <em>Sinusoid Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SinusoidStimulus
	 * @generated
	 */
	public Adapter createSinusoidStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SpikeTimesStimulus <em>Spike Times Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SpikeTimesStimulus
	 * @generated
	 */
	public Adapter createSpikeTimesStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.NoiseStimulus <em>Noise Stimulus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.NoiseStimulus
	 * @generated
	 */
	public Adapter createNoiseStimulusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Recorder <em>Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Recorder
	 * @generated
	 */
	public Adapter createRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.SpikeRecorder <em>Spike Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.SpikeRecorder
	 * @generated
	 */
	public Adapter createSpikeRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.StateRecorder <em>State Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.StateRecorder
	 * @generated
	 */
	public Adapter createStateRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.RateRecorder <em>Rate Recorder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.RateRecorder
	 * @generated
	 */
	public Adapter createRateRecorderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DecodingTask <em>Decoding Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DecodingTask
	 * @generated
	 */
	public Adapter createDecodingTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DecodingTarget <em>Decoding Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DecodingTarget
	 * @generated
	 */
	public Adapter createDecodingTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.StimulusTarget <em>Stimulus Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.StimulusTarget
	 * @generated
	 */
	public Adapter createStimulusTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.TimeSeriesTarget <em>Time Series Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.TimeSeriesTarget
	 * @generated
	 */
	public Adapter createTimeSeriesTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DecoderParameter <em>Decoder Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DecoderParameter
	 * @generated
	 */
	public Adapter createDecoderParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.Diagram
	 * @generated
	 */
	public Adapter createDiagramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DiagramNode
	 * @generated
	 */
	public Adapter createDiagramNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DiagramEdge <em>Diagram Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DiagramEdge
	 * @generated
	 */
	public Adapter createDiagramEdgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.neurocircuit.model.DiagramPoint <em>Diagram Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.neurocircuit.model.DiagramPoint
	 * @generated
	 */
	public Adapter createDiagramPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
