package org.neurocircuit.model.validation;

import java.util.List;
import java.util.stream.Stream;

import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.SpikeTimeSource;

/**
 * What each neuron model accepts and has: input, receptor kinds, state variables, resting and
 * threshold potentials. The rules about targets of projections, stimuli and recorders read them.
 */
final class NeuronFacts {

  private static final List<String> CURRENTS = List.of("I_syn", "I_ex", "I_in");

  private NeuronFacts() {
  }

  /** Sources (Poisson, spike times) emit spikes and take no synaptic or current input. */
  static boolean acceptsInput(NeuronModel model) {
    return !(model instanceof PoissonSource || model instanceof SpikeTimeSource);
  }

  /**
   * Conductance receptors need a membrane potential to act through: LIF (conductance), AdEx and
   * Izhikevich have one; current-based LIF and rate units take currents only.
   */
  static boolean acceptsConductance(NeuronModel model) {
    return model instanceof LifConductance || model instanceof AdEx || model instanceof Izhikevich;
  }

  /** The state variables that can be initialised and recorded. */
  static List<String> stateVariables(NeuronModel model) {
    if (model instanceof LifCurrent) {
      return join(List.of("V_m"), CURRENTS);
    } else if (model instanceof LifConductance) {
      return List.of("V_m", "g_ex", "g_in");
    } else if (model instanceof AdEx) {
      return join(List.of("V_m", "w", "g_ex", "g_in"), CURRENTS);
    } else if (model instanceof Izhikevich) {
      return join(List.of("V_m", "v", "u", "g_ex", "g_in"), CURRENTS);
    } else if (model instanceof RateUnit) {
      return join(List.of("r"), CURRENTS);
    }
    return List.of();
  }

  /**
   * Resting and threshold potentials in mV, or null when the model has none. For Izhikevich they are
   * the two fixed points of 0.04 v² + 5 v + 140 − u with u = b v (none when b is large enough that
   * the model has no rest).
   */
  static double[] restAndThreshold(NeuronModel model) {
    if (model instanceof LifConductance lif) {
      return new double[] { lif.getEL(), lif.getVTh() };
    } else if (model instanceof AdEx adex) {
      return new double[] { adex.getEL(), adex.getVT() };
    } else if (model instanceof Izhikevich izh) {
      double slope = 5 - izh.getB();
      double discriminant = slope * slope - 4 * 0.04 * 140;
      if (discriminant < 0) {
        return null;
      }
      double root = Math.sqrt(discriminant);
      return new double[] { (-slope - root) / 0.08, (-slope + root) / 0.08 };
    }
    return null;
  }

  /** "a Poisson source", "a current-based LIF neuron", ... for messages. */
  static String describe(NeuronModel model) {
    if (model instanceof PoissonSource) {
      return "a Poisson source";
    } else if (model instanceof SpikeTimeSource) {
      return "a spike-time source";
    } else if (model instanceof RateUnit) {
      return "a rate unit";
    } else if (model instanceof LifCurrent) {
      return "a current-based LIF neuron";
    } else if (model instanceof LifConductance) {
      return "a conductance-based LIF neuron";
    } else if (model instanceof AdEx) {
      return "an AdEx neuron";
    } else if (model instanceof Izhikevich) {
      return "an Izhikevich neuron";
    }
    return "a neuron without a model";
  }

  private static List<String> join(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
