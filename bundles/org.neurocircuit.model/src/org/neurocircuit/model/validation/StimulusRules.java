package org.neurocircuit.model.validation;

import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NoiseStimulus;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.SinusoidStimulus;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.units.Units;

/**
 * Stimuli: an active window inside the run (start &ge; 0, stop after start; starting after the end
 * of the run is a warning), non-negative rates, weights and noise, step lists of equal length with
 * strictly ascending times, sorted spike times, a sinusoid below the Nyquist frequency of dt
 * (warning), and targets that take input (current stimuli on sources are errors; the receptor of a
 * spiking stimulus is checked by {@link ReceptorRules}).
 */
final class StimulusRules {

  private StimulusRules() {
  }

  static void check(Stimulus stimulus, Report report) {
    window(stimulus, report);
    if (stimulus instanceof PoissonStimulus poisson) {
      Numbers.nonNegative(report, Check.NON_NEGATIVE, poisson, Literals.POISSON_STIMULUS__RATE);
      Numbers.nonNegative(report, Check.WEIGHT, poisson, Literals.POISSON_STIMULUS__WEIGHT);
    } else if (stimulus instanceof SpikeTimesStimulus spikes) {
      Numbers.times(report, Check.SPIKE_TIMES, spikes, Literals.SPIKE_TIMES_STIMULUS__TIMES, false);
      Numbers.nonNegative(report, Check.WEIGHT, spikes, Literals.SPIKE_TIMES_STIMULUS__WEIGHT);
    } else {
      currentTargets(stimulus, report);
      if (stimulus instanceof StepStimulus steps) {
        steps(steps, report);
      } else if (stimulus instanceof SinusoidStimulus sine) {
        sinusoid(sine, report);
      } else if (stimulus instanceof NoiseStimulus noise) {
        Numbers.nonNegative(report, Check.NON_NEGATIVE, noise, Literals.NOISE_STIMULUS__STD);
      }
    }
  }

  private static void window(Stimulus stimulus, Report report) {
    double start = stimulus.getStart();
    Double stop = stimulus.getStop();
    if (start < 0) {
      report.error(Check.STIMULUS_WINDOW, stimulus, Literals.STIMULUS__START, "start = " + Units.format(start, Units.MS)
          + " is before the run begins", "set start \u2265 0 ms");
    } else if (stop != null && Double.isFinite(start) && stop <= start) {
      report.error(Check.STIMULUS_WINDOW, stimulus, Literals.STIMULUS__STOP, "stop = " + Units.format(stop, Units.MS)
          + " is not after start = " + Units.format(start, Units.MS), "set stop after start, or unset it to stimulate "
              + "until the end of the run");
    } else if (start >= Numbers.duration(stimulus)) {
      report.warning(Check.STIMULUS_WINDOW, stimulus, Literals.STIMULUS__START, "start = " + Units.format(start, Units.MS)
          + " is at or after the end of the run (" + Units.format(Numbers.duration(stimulus), Units.MS)
          + "), so it never acts", "set an earlier start or a longer duration");
    }
  }

  /** Current-injecting stimuli (DC, steps, sinusoid, noise) need targets with a membrane. */
  private static void currentTargets(Stimulus stimulus, Report report) {
    for (Population target : stimulus.getTargets()) {
      if (target.getNeuronModel() != null && !NeuronFacts.acceptsInput(target.getNeuronModel())) {
        ReceptorRules.noInput(stimulus, target, report);
      }
    }
  }

  private static void steps(StepStimulus steps, Report report) {
    int times = steps.getTimes().size();
    int amplitudes = steps.getAmplitudes().size();
    if (times != amplitudes) {
      report.error(Check.SERIES, steps, Literals.STEP_STIMULUS__AMPLITUDES, "has " + times + " times but " + amplitudes
          + " amplitudes", "give one amplitude per time");
    } else if (times == 0) {
      report.warning(Check.SERIES, steps, Literals.STEP_STIMULUS__TIMES, "has no steps, so it never acts",
          "add times and amplitudes, or delete the stimulus");
    }
    Numbers.times(report, Check.SERIES, steps, Literals.STEP_STIMULUS__TIMES, true);
  }

  private static void sinusoid(SinusoidStimulus sine, Report report) {
    if (!Numbers.nonNegative(report, Check.NON_NEGATIVE, sine, Literals.SINUSOID_STIMULUS__FREQUENCY)) {
      return;
    }
    double nyquist = 500 / Numbers.dt(sine);
    double frequency = sine.getFrequency();
    if (frequency > nyquist) {
      report.warning(Check.NYQUIST, sine, Literals.SINUSOID_STIMULUS__FREQUENCY, "frequency = "
          + Units.format(frequency, Units.HZ) + " is above the Nyquist frequency " + Units.format(nyquist, Units.HZ)
          + " of dt = " + Units.format(Numbers.dt(sine), Units.MS) + ", so the sine is aliased",
          "lower the frequency or dt");
    }
  }
}
