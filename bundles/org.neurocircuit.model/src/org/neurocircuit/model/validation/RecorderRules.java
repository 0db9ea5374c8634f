package org.neurocircuit.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.SubsetKind;
import org.neurocircuit.model.units.Units;

/**
 * Recorders: the subset names existing neurons of every target (first-N with N &ge; 1, more than a
 * target has only a warning; explicit indices non-empty and in range, repeated ones a warning), a
 * state recorder's variable exists in every target's model, and sampling intervals and bins span at
 * least one step.
 */
final class RecorderRules {

  private RecorderRules() {
  }

  static void check(Recorder recorder, Report report) {
    if (recorder.getSubset() == SubsetKind.FIRST_N) {
      firstN(recorder, report);
    } else if (recorder.getSubset() == SubsetKind.INDICES) {
      indices(recorder, report);
    }
    if (recorder instanceof StateRecorder state) {
      variable(state, report);
      atLeastOneStep(state, Literals.STATE_RECORDER__INTERVAL, state.getInterval(), report);
    } else if (recorder instanceof RateRecorder rate) {
      atLeastOneStep(rate, Literals.RATE_RECORDER__BIN_WIDTH, rate.getBinWidth(), report);
    }
  }

  private static void firstN(Recorder recorder, Report report) {
    int count = recorder.getCount();
    if (count < 1) {
      report.error(Check.RECORDER_SUBSET, recorder, Literals.RECORDER__COUNT, "records the first " + count + " neurons",
          "set count \u2265 1, or record all neurons");
      return;
    }
    for (Population target : recorder.getTargets()) {
      if (target.getSize() >= 1 && count > target.getSize()) {
        report.warning(Check.RECORDER_SUBSET, recorder, Literals.RECORDER__COUNT, "count = " + count + " is more than the "
            + target.getSize() + " neurons of " + Subjects.quote(target.getName()) + ", so all of them are recorded",
            "lower count, or record all neurons", target);
        return;
      }
    }
  }

  private static void indices(Recorder recorder, Report report) {
    List<Integer> indices = recorder.getIndices();
    if (indices.isEmpty()) {
      report.error(Check.RECORDER_SUBSET, recorder, Literals.RECORDER__INDICES, "records explicit indices but lists none",
          "add neuron indices, or record all neurons");
      return;
    }
    for (Population target : recorder.getTargets()) {
      for (int index : indices) {
        if (index < 0 || index >= target.getSize()) {
          report.error(Check.RECORDER_SUBSET, recorder, Literals.RECORDER__INDICES, "index " + index + " does not exist "
              + "in population " + Subjects.quote(target.getName()) + " of " + target.getSize() + " neurons",
              "use indices from 0 to " + (target.getSize() - 1), target);
          return;
        }
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (int index : indices) {
      if (!seen.add(index)) {
        report.warning(Check.RECORDER_SUBSET, recorder, Literals.RECORDER__INDICES, "index " + index + " is listed twice",
            "delete the repeated index");
        return;
      }
    }
  }

  private static void variable(StateRecorder recorder, Report report) {
    for (Population target : recorder.getTargets()) {
      if (target.getNeuronModel() == null) {
        continue;
      }
      List<String> known = NeuronFacts.stateVariables(target.getNeuronModel());
      if (!known.contains(recorder.getVariable())) {
        report.error(Check.RECORDER_VARIABLE, recorder, Literals.STATE_RECORDER__VARIABLE, Subjects.quote(
            recorder.getVariable()) + " is not a state variable of population " + Subjects.quote(target.getName())
            + ", " + NeuronFacts.describe(target.getNeuronModel()), known.isEmpty() ? "record its spikes instead"
                : "record one of " + String.join(", ", known), target);
        return;
      }
    }
  }

  private static void atLeastOneStep(Recorder recorder, EAttribute feature, double value, Report report) {
    double dt = Numbers.dt(recorder);
    if (!Double.isFinite(value)) {
      return;
    }
    if (!(value > 0) || !Double.isNaN(dt) && Numbers.below(value, dt)) {
      String bound = Double.isNaN(dt) ? "0 ms" : "one step, dt = " + Units.format(dt, Units.MS);
      report.error(Check.SAMPLING, recorder, feature, feature.getName() + " = " + Units.format(value, Units.MS)
          + " is shorter than " + bound, "set " + feature.getName() + " \u2265 " + (Double.isNaN(dt) ? "a positive value"
              : Units.format(dt, Units.MS)));
    }
  }
}
