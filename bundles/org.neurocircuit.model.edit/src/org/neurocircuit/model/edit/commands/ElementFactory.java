package org.neurocircuit.model.edit.commands;

import org.eclipse.emf.ecore.EClass;
import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.Stimulus;

/**
 * New elements with defaults that pass validation (NEST's neuron defaults from the metamodel, 100
 * neurons, p = 0.1 with a 1.5 ms delay), unnamed: the create commands give them unique names.
 */
public final class ElementFactory {

  private static final ModelFactory F = ModelFactory.eINSTANCE;

  /** Neurons in a new population: enough for statistics, small enough to simulate at once. */
  public static final int DEFAULT_SIZE = 100;

  private ElementFactory() {
  }

  /** A population of {@link #DEFAULT_SIZE} neurons of the neuron model class {@code model}. */
  public static Population population(EClass model) {
    Population population = F.createPopulation();
    population.setSize(DEFAULT_SIZE);
    NeuronModel neuronModel = (NeuronModel) F.create(model);
    if (neuronModel instanceof SpikeTimeSource source) {
      source.getTimes().add(100.0);
    }
    population.setNeuronModel(neuronModel);
    return population;
  }

  /** An empty region. */
  public static Region region() {
    return F.createRegion();
  }

  /** A stimulus of class {@code kind} (one of the concrete subclasses of Stimulus), without targets. */
  public static Stimulus stimulus(EClass kind) {
    Stimulus stimulus = (Stimulus) F.create(kind);
    if (stimulus instanceof PoissonStimulus poisson) {
      poisson.setReceptor(F.createReceptor());
    } else if (stimulus instanceof SpikeTimesStimulus times) {
      times.setReceptor(F.createReceptor());
      times.getTimes().add(100.0);
    }
    return stimulus;
  }

  /** A recorder of class {@code kind} (one of the concrete subclasses of Recorder), without targets. */
  public static Recorder recorder(EClass kind) {
    return (Recorder) F.create(kind);
  }

  /**
   * An excitatory projection from {@code source} to {@code target}: conductance-based (1 nS, E_rev
   * 0 mV) if the target's model takes conductances, else current-based (10 pA).
   */
  public static Projection projection(Population source, Population target) {
    Projection projection = F.createProjection();
    projection.setSource(source);
    projection.setTarget(target);
    FixedProbability rule = F.createFixedProbability();
    rule.setP(0.1);
    projection.setRule(rule);
    Receptor receptor = F.createReceptor();
    boolean conductance = takesConductance(target.getNeuronModel());
    receptor.setKind(conductance ? ReceptorKind.CONDUCTANCE : ReceptorKind.CURRENT);
    projection.setReceptor(receptor);
    projection.setWeight(constant(conductance ? 1.0 : 10.0));
    projection.setDelay(constant(1.5));
    return projection;
  }

  /** Whether {@code kind} names a concrete stimulus, recorder or neuron model class. */
  public static boolean isConcrete(EClass kind, EClass base) {
    return !kind.isAbstract() && base.isSuperTypeOf(kind) && kind.getEPackage() == ModelPackage.eINSTANCE;
  }

  private static boolean takesConductance(NeuronModel model) {
    return model instanceof LifConductance || model instanceof AdEx || model instanceof Izhikevich;
  }

  private static ConstantValue constant(double value) {
    ConstantValue constant = F.createConstantValue();
    constant.setValue(value);
    return constant;
  }
}
