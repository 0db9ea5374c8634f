package org.neurocircuit.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.TimeSeriesTarget;
import org.neurocircuit.model.units.Units;

/**
 * Decoding tasks: a decoder id; bins of at least one step; history bins &ge; 0; at least 2
 * cross-validation folds with at least one bin each; unique, non-empty parameter keys; a stimulus
 * target naming a numeric attribute of its stimulus; a time series with one value per time, ascending.
 */
final class DecodingRules {

  private DecodingRules() {
  }

  static void task(DecodingTask task, Report report) {
    if (task.getDecoderId() == null || task.getDecoderId().isBlank()) {
      report.error(Check.DECODING, task, Literals.DECODING_TASK__DECODER_ID, "no decoder is set",
          "set the decoder id, e.g. 'ridge'");
    }
    if (task.getHistoryBins() < 0) {
      report.error(Check.DECODING, task, Literals.DECODING_TASK__HISTORY_BINS, "history bins is " + task.getHistoryBins(),
          "set history bins \u2265 0");
    }
    if (task.getFolds() < 2) {
      report.error(Check.DECODING, task, Literals.DECODING_TASK__FOLDS, "folds is " + task.getFolds()
          + ", but cross-validation needs a fold to test on and at least one to train on", "set folds \u2265 2");
    }
    double binWidth = task.getBinWidth();
    double dt = Numbers.dt(task);
    if (!Double.isFinite(binWidth)) {
      return;
    }
    if (!(binWidth > 0) || !Double.isNaN(dt) && Numbers.below(binWidth, dt)) {
      report.error(Check.DECODING, task, Literals.DECODING_TASK__BIN_WIDTH, "bin width = " + Units.format(binWidth, Units.MS)
          + " is shorter than one step", "set a bin width \u2265 " + (Double.isNaN(dt) ? "dt" : Units.format(dt, Units.MS)));
      return;
    }
    double bins = Math.floor(Numbers.duration(task) / binWidth);
    if (task.getFolds() >= 2 && bins < task.getFolds()) {
      report.error(Check.DECODING, task, Literals.DECODING_TASK__FOLDS, "the run holds " + (long) bins + " bins of "
          + Units.format(binWidth, Units.MS) + ", fewer than the " + task.getFolds() + " folds",
          "use fewer folds, narrower bins or a longer run");
    }
  }

  static void parameter(DecoderParameter parameter, Report report) {
    String key = parameter.getKey();
    if (key == null || key.isBlank()) {
      report.error(Check.DECODING, parameter, Literals.DECODER_PARAMETER__KEY, "has no key", "enter the setting's name");
      return;
    }
    if (parameter.eContainer() instanceof DecodingTask task) {
      for (DecoderParameter other : task.getParameters()) {
        if (other != parameter && key.equals(other.getKey())) {
          report.error(Check.DECODING, parameter, Literals.DECODER_PARAMETER__KEY, "setting " + Subjects.quote(key)
              + " is given twice", "delete one of them", other);
          return;
        }
      }
    }
  }

  static void stimulusTarget(StimulusTarget target, Report report) {
    if (target.getStimulus() == null) {
      return;
    }
    List<String> numeric = target.getStimulus().eClass().getEAllAttributes().stream().filter(DecodingRules::numeric)
        .map(EAttribute::getName).toList();
    String parameter = target.getParameter();
    if (parameter == null || !numeric.contains(parameter)) {
      report.error(Check.STIMULUS_PARAMETER, target, Literals.STIMULUS_TARGET__PARAMETER, (parameter == null || parameter
          .isEmpty() ? "no parameter is set" : Subjects.quote(parameter) + " is not a numeric parameter") + " of stimulus "
              + Subjects.quote(target.getStimulus().getName()), "use one of " + String.join(", ", numeric),
          target.getStimulus());
    }
  }

  static void timeSeries(TimeSeriesTarget series, Report report) {
    int times = series.getTimes().size();
    int values = series.getValues().size();
    if (times == 0) {
      report.error(Check.SERIES, series, Literals.TIME_SERIES_TARGET__TIMES, "has no samples", "add times and values");
    } else if (times != values) {
      report.error(Check.SERIES, series, Literals.TIME_SERIES_TARGET__VALUES, "has " + times + " times but " + values
          + " values", "give one value per time");
    }
    Numbers.times(report, Check.SERIES, series, Literals.TIME_SERIES_TARGET__TIMES, true);
  }

  private static boolean numeric(EAttribute attribute) {
    EDataType type = attribute.getEAttributeType();
    Class<?> instance = type.getInstanceClass();
    return instance == double.class || instance == Double.class || instance == int.class || instance == Integer.class
        || instance == long.class || instance == Long.class;
  }
}
