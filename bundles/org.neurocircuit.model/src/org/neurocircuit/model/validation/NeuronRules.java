package org.neurocircuit.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;

/**
 * Parameters of the neuron models: positive capacitances, conductances and time constants,
 * ordered potentials (reset below threshold, threshold below the spike cut-off; rest at or above
 * threshold only earns a warning since the neuron then fires without input), sorted spike times.
 */
final class NeuronRules {

  private NeuronRules() {
  }

  static void check(NeuronModel model, Report report) {
    if (model instanceof LifCurrent lif) {
      Numbers.positive(report, Check.MEMBRANE, lif, Literals.LIF_CURRENT__CM);
      Numbers.positive(report, Check.TIME_CONSTANT, lif, Literals.LIF_CURRENT__TAU_M);
      Numbers.nonNegative(report, Check.TIME_CONSTANT, lif, Literals.LIF_CURRENT__TREF);
      below(lif, Literals.LIF_CURRENT__VRESET, Literals.LIF_CURRENT__VTH, report);
      restBelow(lif, Literals.LIF_CURRENT__EL, Literals.LIF_CURRENT__VTH, report);
    } else if (model instanceof LifConductance lif) {
      Numbers.positive(report, Check.MEMBRANE, lif, Literals.LIF_CONDUCTANCE__CM);
      Numbers.positive(report, Check.MEMBRANE, lif, Literals.LIF_CONDUCTANCE__GL);
      Numbers.nonNegative(report, Check.TIME_CONSTANT, lif, Literals.LIF_CONDUCTANCE__TREF);
      below(lif, Literals.LIF_CONDUCTANCE__VRESET, Literals.LIF_CONDUCTANCE__VTH, report);
      restBelow(lif, Literals.LIF_CONDUCTANCE__EL, Literals.LIF_CONDUCTANCE__VTH, report);
    } else if (model instanceof AdEx adex) {
      adex(adex, report);
    } else if (model instanceof Izhikevich izh) {
      Numbers.positive(report, Check.NEURON_PARAMETER, izh, Literals.IZHIKEVICH__A);
      below(izh, Literals.IZHIKEVICH__C, Literals.IZHIKEVICH__VPEAK, report);
    } else if (model instanceof PoissonSource poisson) {
      Numbers.nonNegative(report, Check.NON_NEGATIVE, poisson, Literals.POISSON_SOURCE__RATE);
    } else if (model instanceof SpikeTimeSource source) {
      Numbers.times(report, Check.SPIKE_TIMES, source, Literals.SPIKE_TIME_SOURCE__TIMES, false);
      trains(source, report);
    } else if (model instanceof RateUnit rate) {
      Numbers.positive(report, Check.TIME_CONSTANT, rate, Literals.RATE_UNIT__TAU);
      Numbers.nonNegative(report, Check.NEURON_PARAMETER, rate, Literals.RATE_UNIT__GAIN);
    }
  }

  private static void adex(AdEx adex, Report report) {
    Numbers.positive(report, Check.MEMBRANE, adex, Literals.AD_EX__CM);
    Numbers.positive(report, Check.MEMBRANE, adex, Literals.AD_EX__GL);
    Numbers.positive(report, Check.NEURON_PARAMETER, adex, Literals.AD_EX__DELTA_T);
    Numbers.positive(report, Check.TIME_CONSTANT, adex, Literals.AD_EX__TAU_W);
    Numbers.nonNegative(report, Check.TIME_CONSTANT, adex, Literals.AD_EX__TREF);
    below(adex, Literals.AD_EX__VT, Literals.AD_EX__VPEAK, report);
    below(adex, Literals.AD_EX__VRESET, Literals.AD_EX__VPEAK, report);
    restBelow(adex, Literals.AD_EX__EL, Literals.AD_EX__VT, report);
  }

  /** Error unless {@code low} &lt; {@code high} (e.g. V_reset &lt; V_th: otherwise the neuron fires again at once). */
  private static void below(NeuronModel model, EAttribute low, EAttribute high, Report report) {
    double lowValue = Numbers.get(model, low);
    double highValue = Numbers.get(model, high);
    if (Double.isFinite(lowValue) && Double.isFinite(highValue) && lowValue >= highValue) {
      report.error(Check.POTENTIAL_ORDER, model, low, Report.is(model, low, lowValue) + " is not below "
          + Report.is(model, high, highValue), "set " + Report.symbol(low) + " below " + Report.symbol(high));
    }
  }

  /** Warning if the resting potential is at or above threshold: the neuron fires without input. */
  private static void restBelow(NeuronModel model, EAttribute rest, EAttribute threshold, Report report) {
    double restValue = Numbers.get(model, rest);
    double thresholdValue = Numbers.get(model, threshold);
    if (Double.isFinite(restValue) && Double.isFinite(thresholdValue) && restValue >= thresholdValue) {
      report.warning(Check.POTENTIAL_ORDER, model, rest, Report.is(model, rest, restValue) + " is not below "
          + Report.is(model, threshold, thresholdValue) + ", so the neuron fires without input",
          "lower " + Report.symbol(rest) + " below " + Report.symbol(threshold) + " unless this is intended");
    }
  }

  /** A per-neuron train names an existing neuron and has sorted times. */
  static void train(SpikeTrain train, Report report) {
    Numbers.times(report, Check.SPIKE_TIMES, train, Literals.SPIKE_TRAIN__TIMES, false);
    Population population = Subjects.populationOf(train);
    if (population != null && (train.getNeuron() < 0 || train.getNeuron() >= population.getSize())) {
      report.error(Check.SPIKE_TIMES, train, Literals.SPIKE_TRAIN__NEURON, "neuron " + train.getNeuron()
          + " does not exist in population " + Subjects.quote(population.getName()) + " of "
          + population.getSize() + " neurons", "use an index from 0 to " + (population.getSize() - 1), population);
    }
  }

  /** Each neuron has at most one train (checked once per source: a source can hold a train per neuron). */
  private static void trains(SpikeTimeSource source, Report report) {
    Map<Integer, SpikeTrain> byNeuron = new HashMap<>();
    for (SpikeTrain train : source.getTrains()) {
      SpikeTrain other = byNeuron.putIfAbsent(train.getNeuron(), train);
      if (other != null) {
        report.error(Check.SPIKE_TIMES, train, Literals.SPIKE_TRAIN__NEURON, "neuron " + train.getNeuron()
            + " has two spike trains", "merge their times into one train", other);
        return;
      }
    }
  }
}
