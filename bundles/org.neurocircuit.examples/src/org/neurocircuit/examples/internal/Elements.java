package org.neurocircuit.examples.internal;

import java.util.List;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.SubsetKind;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.UniformDistribution;

/**
 * Short-hands over {@link ModelFactory} for the reference circuits: each creates one model element
 * with the values given and leaves everything else at the metamodel's default.
 */
public final class Elements {

  /** The factory every builder uses. */
  public static final ModelFactory F = ModelFactory.eINSTANCE;

  /** Colour of excitatory populations in diagrams and result views. */
  public static final String EXCITATORY_COLOR = "#C8504B";
  /** Colour of inhibitory populations. */
  public static final String INHIBITORY_COLOR = "#4B6EC8";
  /** Colour of input (source) populations. */
  public static final String INPUT_COLOR = "#7A7A7A";

  private Elements() {
  }

  /** A circuit with its simulation settings: duration and dt in ms. */
  public static Circuit circuit(String name, String description, double durationMs, double dtMs, long seed) {
    Circuit circuit = F.createCircuit();
    circuit.setName(name);
    circuit.setDescription(description);
    circuit.setDuration(durationMs);
    circuit.setDt(dtMs);
    circuit.setSeed(seed);
    return circuit;
  }

  /** A region with its fill colour (#RRGGBB) holding {@code populations}. */
  public static Region region(String name, String color, Population... populations) {
    Region region = F.createRegion();
    region.setName(name);
    region.setColor(color);
    region.getPopulations().addAll(List.of(populations));
    return region;
  }

  /** A population of {@code size} neurons of {@code model}. */
  public static Population population(String name, int size, String color, NeuronModel model) {
    Population population = F.createPopulation();
    population.setName(name);
    population.setSize(size);
    population.setColor(color);
    population.setNeuronModel(model);
    return population;
  }

  /** Sets the initial value of {@code variable} (V_m in mV, g_ex / g_in in nS, ...) of a population. */
  public static void initial(Population population, String variable, Quantity value) {
    InitialValue initial = F.createInitialValue();
    initial.setVariable(variable);
    initial.setValue(value);
    population.getInitialValues().add(initial);
  }

  public static ConstantValue constant(double value) {
    ConstantValue constant = F.createConstantValue();
    constant.setValue(value);
    return constant;
  }

  /** Uniform on [low, high). */
  public static UniformDistribution uniform(double low, double high) {
    UniformDistribution uniform = F.createUniformDistribution();
    uniform.setLow(low);
    uniform.setHigh(high);
    return uniform;
  }

  /** Normal without bounds. */
  public static NormalDistribution normal(double mean, double sd) {
    NormalDistribution normal = F.createNormalDistribution();
    normal.setMean(mean);
    normal.setSd(sd);
    return normal;
  }

  /** Normal redrawn until at least {@code low}. */
  public static NormalDistribution normalAbove(double mean, double sd, double low) {
    NormalDistribution normal = normal(mean, sd);
    normal.setLow(low);
    return normal;
  }

  /** A current receptor: exponential or delta kinetics, time constant in ms. */
  public static Receptor current(ReceptorSign sign, SynapseKinetics kinetics, double tauSynMs) {
    Receptor receptor = F.createReceptor();
    receptor.setSign(sign);
    receptor.setKind(ReceptorKind.CURRENT);
    receptor.setKinetics(kinetics);
    receptor.setTauSyn(tauSynMs);
    return receptor;
  }

  /** An exponential conductance receptor: time constant in ms, reversal potential in mV. */
  public static Receptor conductance(ReceptorSign sign, double tauSynMs, double eRevMv) {
    Receptor receptor = F.createReceptor();
    receptor.setSign(sign);
    receptor.setKind(ReceptorKind.CONDUCTANCE);
    receptor.setKinetics(SynapseKinetics.EXPONENTIAL);
    receptor.setTauSyn(tauSynMs);
    receptor.setERev(eRevMv);
    return receptor;
  }

  public static FixedProbability fixedProbability(double p) {
    FixedProbability rule = F.createFixedProbability();
    rule.setP(p);
    return rule;
  }

  public static FixedInDegree fixedInDegree(int k) {
    FixedInDegree rule = F.createFixedInDegree();
    rule.setK(k);
    return rule;
  }

  /**
   * A projection, added to the circuit. Weight in the receptor's unit (pA, nS or mV), delay in ms.
   * Autapses and multapses are allowed as given.
   */
  public static Projection project(Circuit circuit, String name, Population source, Population target, ConnectionRule rule,
      Quantity weight, Quantity delay, Receptor receptor, boolean autapses, boolean multapses) {
    Projection projection = F.createProjection();
    projection.setName(name);
    projection.setSource(source);
    projection.setTarget(target);
    projection.setRule(rule);
    projection.setWeight(weight);
    projection.setDelay(delay);
    projection.setReceptor(receptor);
    projection.setAllowAutapses(autapses);
    projection.setAllowMultapses(multapses);
    circuit.getProjections().add(projection);
    return projection;
  }

  /** Independent Poisson trains (rate in Hz, weight in the receptor's unit) into every neuron of the targets. */
  public static PoissonStimulus poisson(Circuit circuit, String name, double rateHz, double weight, Receptor receptor,
      Population... targets) {
    PoissonStimulus stimulus = F.createPoissonStimulus();
    stimulus.setName(name);
    stimulus.setRate(rateHz);
    stimulus.setWeight(weight);
    stimulus.setReceptor(receptor);
    stimulus.getTargets().addAll(List.of(targets));
    circuit.getStimuli().add(stimulus);
    return stimulus;
  }

  /** A constant current (pA) into every neuron of the targets. */
  public static DcStimulus dc(Circuit circuit, String name, double amplitudePa, Population... targets) {
    DcStimulus stimulus = F.createDcStimulus();
    stimulus.setName(name);
    stimulus.setAmplitude(amplitudePa);
    stimulus.getTargets().addAll(List.of(targets));
    circuit.getStimuli().add(stimulus);
    return stimulus;
  }

  /** Spikes of every neuron of the targets. */
  public static SpikeRecorder spikes(Circuit circuit, String name, Population... targets) {
    SpikeRecorder recorder = F.createSpikeRecorder();
    recorder.setName(name);
    recorder.setSubset(SubsetKind.ALL);
    recorder.getTargets().addAll(List.of(targets));
    circuit.getRecorders().add(recorder);
    return recorder;
  }

  /** V_m of the first {@code count} neurons of each target, sampled every {@code intervalMs}. */
  public static StateRecorder membrane(Circuit circuit, String name, int count, double intervalMs, Population... targets) {
    StateRecorder recorder = F.createStateRecorder();
    recorder.setName(name);
    recorder.setVariable("V_m");
    recorder.setInterval(intervalMs);
    recorder.setSubset(SubsetKind.FIRST_N);
    recorder.setCount(count);
    recorder.getTargets().addAll(List.of(targets));
    circuit.getRecorders().add(recorder);
    return recorder;
  }

  /** The population rate of each target in bins of {@code binWidthMs}. */
  public static RateRecorder rates(Circuit circuit, String name, double binWidthMs, Population... targets) {
    RateRecorder recorder = F.createRateRecorder();
    recorder.setName(name);
    recorder.setBinWidth(binWidthMs);
    recorder.getTargets().addAll(List.of(targets));
    circuit.getRecorders().add(recorder);
    return recorder;
  }
}
