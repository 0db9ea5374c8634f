/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.neurocircuit.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.neurocircuit.model.ModelPackage
 * @generated
 */
public class ModelSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelSwitch() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ModelPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CIRCUIT: {
				Circuit circuit = (Circuit)theEObject;
				T result = caseCircuit(circuit);
				if (result == null) result = caseNamedElement(circuit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.REGION: {
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = caseNamedElement(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POPULATION: {
				Population population = (Population)theEObject;
				T result = casePopulation(population);
				if (result == null) result = caseNamedElement(population);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.INITIAL_VALUE: {
				InitialValue initialValue = (InitialValue)theEObject;
				T result = caseInitialValue(initialValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.NEURON_MODEL: {
				NeuronModel neuronModel = (NeuronModel)theEObject;
				T result = caseNeuronModel(neuronModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LIF_CURRENT: {
				LifCurrent lifCurrent = (LifCurrent)theEObject;
				T result = caseLifCurrent(lifCurrent);
				if (result == null) result = caseNeuronModel(lifCurrent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LIF_CONDUCTANCE: {
				LifConductance lifConductance = (LifConductance)theEObject;
				T result = caseLifConductance(lifConductance);
				if (result == null) result = caseNeuronModel(lifConductance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.AD_EX: {
				AdEx adEx = (AdEx)theEObject;
				T result = caseAdEx(adEx);
				if (result == null) result = caseNeuronModel(adEx);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.IZHIKEVICH: {
				Izhikevich izhikevich = (Izhikevich)theEObject;
				T result = caseIzhikevich(izhikevich);
				if (result == null) result = caseNeuronModel(izhikevich);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POISSON_SOURCE: {
				PoissonSource poissonSource = (PoissonSource)theEObject;
				T result = casePoissonSource(poissonSource);
				if (result == null) result = caseNeuronModel(poissonSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SPIKE_TIME_SOURCE: {
				SpikeTimeSource spikeTimeSource = (SpikeTimeSource)theEObject;
				T result = caseSpikeTimeSource(spikeTimeSource);
				if (result == null) result = caseNeuronModel(spikeTimeSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SPIKE_TRAIN: {
				SpikeTrain spikeTrain = (SpikeTrain)theEObject;
				T result = caseSpikeTrain(spikeTrain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RATE_UNIT: {
				RateUnit rateUnit = (RateUnit)theEObject;
				T result = caseRateUnit(rateUnit);
				if (result == null) result = caseNeuronModel(rateUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SPATIAL_LAYOUT: {
				SpatialLayout spatialLayout = (SpatialLayout)theEObject;
				T result = caseSpatialLayout(spatialLayout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.GRID_LAYOUT: {
				GridLayout gridLayout = (GridLayout)theEObject;
				T result = caseGridLayout(gridLayout);
				if (result == null) result = caseSpatialLayout(gridLayout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RANDOM_BOX_LAYOUT: {
				RandomBoxLayout randomBoxLayout = (RandomBoxLayout)theEObject;
				T result = caseRandomBoxLayout(randomBoxLayout);
				if (result == null) result = caseSpatialLayout(randomBoxLayout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.QUANTITY: {
				Quantity quantity = (Quantity)theEObject;
				T result = caseQuantity(quantity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CONSTANT_VALUE: {
				ConstantValue constantValue = (ConstantValue)theEObject;
				T result = caseConstantValue(constantValue);
				if (result == null) result = caseQuantity(constantValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.VALUE_DISTRIBUTION: {
				ValueDistribution valueDistribution = (ValueDistribution)theEObject;
				T result = caseValueDistribution(valueDistribution);
				if (result == null) result = caseQuantity(valueDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.UNIFORM_DISTRIBUTION: {
				UniformDistribution uniformDistribution = (UniformDistribution)theEObject;
				T result = caseUniformDistribution(uniformDistribution);
				if (result == null) result = caseValueDistribution(uniformDistribution);
				if (result == null) result = caseQuantity(uniformDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.NORMAL_DISTRIBUTION: {
				NormalDistribution normalDistribution = (NormalDistribution)theEObject;
				T result = caseNormalDistribution(normalDistribution);
				if (result == null) result = caseValueDistribution(normalDistribution);
				if (result == null) result = caseQuantity(normalDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LOG_NORMAL_DISTRIBUTION: {
				LogNormalDistribution logNormalDistribution = (LogNormalDistribution)theEObject;
				T result = caseLogNormalDistribution(logNormalDistribution);
				if (result == null) result = caseValueDistribution(logNormalDistribution);
				if (result == null) result = caseQuantity(logNormalDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PROJECTION: {
				Projection projection = (Projection)theEObject;
				T result = caseProjection(projection);
				if (result == null) result = caseNamedElement(projection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RECEPTOR: {
				Receptor receptor = (Receptor)theEObject;
				T result = caseReceptor(receptor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CONNECTION_RULE: {
				ConnectionRule connectionRule = (ConnectionRule)theEObject;
				T result = caseConnectionRule(connectionRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ALL_TO_ALL: {
				AllToAll allToAll = (AllToAll)theEObject;
				T result = caseAllToAll(allToAll);
				if (result == null) result = caseConnectionRule(allToAll);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ONE_TO_ONE: {
				OneToOne oneToOne = (OneToOne)theEObject;
				T result = caseOneToOne(oneToOne);
				if (result == null) result = caseConnectionRule(oneToOne);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FIXED_PROBABILITY: {
				FixedProbability fixedProbability = (FixedProbability)theEObject;
				T result = caseFixedProbability(fixedProbability);
				if (result == null) result = caseConnectionRule(fixedProbability);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FIXED_IN_DEGREE: {
				FixedInDegree fixedInDegree = (FixedInDegree)theEObject;
				T result = caseFixedInDegree(fixedInDegree);
				if (result == null) result = caseConnectionRule(fixedInDegree);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FIXED_OUT_DEGREE: {
				FixedOutDegree fixedOutDegree = (FixedOutDegree)theEObject;
				T result = caseFixedOutDegree(fixedOutDegree);
				if (result == null) result = caseConnectionRule(fixedOutDegree);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DISTANCE_DEPENDENT: {
				DistanceDependent distanceDependent = (DistanceDependent)theEObject;
				T result = caseDistanceDependent(distanceDependent);
				if (result == null) result = caseConnectionRule(distanceDependent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.EXPLICIT_LIST: {
				ExplicitList explicitList = (ExplicitList)theEObject;
				T result = caseExplicitList(explicitList);
				if (result == null) result = caseConnectionRule(explicitList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.EXPLICIT_CONNECTION: {
				ExplicitConnection explicitConnection = (ExplicitConnection)theEObject;
				T result = caseExplicitConnection(explicitConnection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PLASTICITY: {
				Plasticity plasticity = (Plasticity)theEObject;
				T result = casePlasticity(plasticity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STDP: {
				Stdp stdp = (Stdp)theEObject;
				T result = caseStdp(stdp);
				if (result == null) result = casePlasticity(stdp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SHORT_TERM_PLASTICITY: {
				ShortTermPlasticity shortTermPlasticity = (ShortTermPlasticity)theEObject;
				T result = caseShortTermPlasticity(shortTermPlasticity);
				if (result == null) result = casePlasticity(shortTermPlasticity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STIMULUS: {
				Stimulus stimulus = (Stimulus)theEObject;
				T result = caseStimulus(stimulus);
				if (result == null) result = caseNamedElement(stimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POISSON_STIMULUS: {
				PoissonStimulus poissonStimulus = (PoissonStimulus)theEObject;
				T result = casePoissonStimulus(poissonStimulus);
				if (result == null) result = caseStimulus(poissonStimulus);
				if (result == null) result = caseNamedElement(poissonStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DC_STIMULUS: {
				DcStimulus dcStimulus = (DcStimulus)theEObject;
				T result = caseDcStimulus(dcStimulus);
				if (result == null) result = caseStimulus(dcStimulus);
				if (result == null) result = caseNamedElement(dcStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STEP_STIMULUS: {
				StepStimulus stepStimulus = (StepStimulus)theEObject;
				T result = caseStepStimulus(stepStimulus);
				if (result == null) result = caseStimulus(stepStimulus);
				if (result == null) result = caseNamedElement(stepStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SINUSOID_STIMULUS: {
				SinusoidStimulus sinusoidStimulus = (SinusoidStimulus)theEObject;
				T result = caseSinusoidStimulus(sinusoidStimulus);
				if (result == null) result = caseStimulus(sinusoidStimulus);
				if (result == null) result = caseNamedElement(sinusoidStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SPIKE_TIMES_STIMULUS: {
				SpikeTimesStimulus spikeTimesStimulus = (SpikeTimesStimulus)theEObject;
				T result = caseSpikeTimesStimulus(spikeTimesStimulus);
				if (result == null) result = caseStimulus(spikeTimesStimulus);
				if (result == null) result = caseNamedElement(spikeTimesStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.NOISE_STIMULUS: {
				NoiseStimulus noiseStimulus = (NoiseStimulus)theEObject;
				T result = caseNoiseStimulus(noiseStimulus);
				if (result == null) result = caseStimulus(noiseStimulus);
				if (result == null) result = caseNamedElement(noiseStimulus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RECORDER: {
				Recorder recorder = (Recorder)theEObject;
				T result = caseRecorder(recorder);
				if (result == null) result = caseNamedElement(recorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SPIKE_RECORDER: {
				SpikeRecorder spikeRecorder = (SpikeRecorder)theEObject;
				T result = caseSpikeRecorder(spikeRecorder);
				if (result == null) result = caseRecorder(spikeRecorder);
				if (result == null) result = caseNamedElement(spikeRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STATE_RECORDER: {
				StateRecorder stateRecorder = (StateRecorder)theEObject;
				T result = caseStateRecorder(stateRecorder);
				if (result == null) result = caseRecorder(stateRecorder);
				if (result == null) result = caseNamedElement(stateRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RATE_RECORDER: {
				RateRecorder rateRecorder = (RateRecorder)theEObject;
				T result = caseRateRecorder(rateRecorder);
				if (result == null) result = caseRecorder(rateRecorder);
				if (result == null) result = caseNamedElement(rateRecorder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DECODING_TASK: {
				DecodingTask decodingTask = (DecodingTask)theEObject;
				T result = caseDecodingTask(decodingTask);
				if (result == null) result = caseNamedElement(decodingTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DECODING_TARGET: {
				DecodingTarget decodingTarget = (DecodingTarget)theEObject;
				T result = caseDecodingTarget(decodingTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STIMULUS_TARGET: {
				StimulusTarget stimulusTarget = (StimulusTarget)theEObject;
				T result = caseStimulusTarget(stimulusTarget);
				if (result == null) result = caseDecodingTarget(stimulusTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.TIME_SERIES_TARGET: {
				TimeSeriesTarget timeSeriesTarget = (TimeSeriesTarget)theEObject;
				T result = caseTimeSeriesTarget(timeSeriesTarget);
				if (result == null) result = caseDecodingTarget(timeSeriesTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DECODER_PARAMETER: {
				DecoderParameter decoderParameter = (DecoderParameter)theEObject;
				T result = caseDecoderParameter(decoderParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DIAGRAM: {
				Diagram diagram = (Diagram)theEObject;
				T result = caseDiagram(diagram);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DIAGRAM_NODE: {
				DiagramNode diagramNode = (DiagramNode)theEObject;
				T result = caseDiagramNode(diagramNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DIAGRAM_EDGE: {
				DiagramEdge diagramEdge = (DiagramEdge)theEObject;
				T result = caseDiagramEdge(diagramEdge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.DIAGRAM_POINT: {
				DiagramPoint diagramPoint = (DiagramPoint)theEObject;
				T result = caseDiagramPoint(diagramPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Circuit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Circuit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCircuit(Circuit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulation(Population object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initial Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initial Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitialValue(InitialValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Neuron Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Neuron Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeuronModel(NeuronModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lif Current</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lif Current</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifCurrent(LifCurrent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lif Conductance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lif Conductance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifConductance(LifConductance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ad Ex</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ad Ex</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdEx(AdEx object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Izhikevich</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Izhikevich</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIzhikevich(Izhikevich object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Poisson Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Poisson Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePoissonSource(PoissonSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Time Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Time Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeTimeSource(SpikeTimeSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Train</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Train</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeTrain(SpikeTrain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rate Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rate Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRateUnit(RateUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spatial Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spatial Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpatialLayout(SpatialLayout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Grid Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Grid Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGridLayout(GridLayout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Random Box Layout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Random Box Layout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRandomBoxLayout(RandomBoxLayout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quantity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuantity(Quantity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Constant Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Constant Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConstantValue(ConstantValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValueDistribution(ValueDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Uniform Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Uniform Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUniformDistribution(UniformDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Normal Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNormalDistribution(NormalDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Log Normal Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Log Normal Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogNormalDistribution(LogNormalDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Projection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Projection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProjection(Projection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Receptor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Receptor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReceptor(Receptor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connection Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connection Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnectionRule(ConnectionRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>All To All</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>All To All</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllToAll(AllToAll object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>One To One</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>One To One</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOneToOne(OneToOne object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Probability</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Probability</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedProbability(FixedProbability object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed In Degree</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed In Degree</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedInDegree(FixedInDegree object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fixed Out Degree</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fixed Out Degree</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFixedOutDegree(FixedOutDegree object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distance Dependent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distance Dependent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistanceDependent(DistanceDependent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitList(ExplicitList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitConnection(ExplicitConnection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plasticity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plasticity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlasticity(Plasticity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stdp</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stdp</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStdp(Stdp object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Short Term Plasticity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Short Term Plasticity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShortTermPlasticity(ShortTermPlasticity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStimulus(Stimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Poisson Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Poisson Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePoissonStimulus(PoissonStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dc Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dc Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDcStimulus(DcStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepStimulus(StepStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sinusoid Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sinusoid Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSinusoidStimulus(SinusoidStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Times Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Times Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeTimesStimulus(SpikeTimesStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Noise Stimulus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Noise Stimulus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoiseStimulus(NoiseStimulus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecorder(Recorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spike Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spike Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpikeRecorder(SpikeRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStateRecorder(StateRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rate Recorder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rate Recorder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRateRecorder(RateRecorder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decoding Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decoding Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecodingTask(DecodingTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decoding Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decoding Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecodingTarget(DecodingTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stimulus Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stimulus Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStimulusTarget(StimulusTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Time Series Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Time Series Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeSeriesTarget(TimeSeriesTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decoder Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decoder Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecoderParameter(DecoderParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagram(Diagram object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramNode(DiagramNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Edge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Edge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramEdge(DiagramEdge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramPoint(DiagramPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ModelSwitch
