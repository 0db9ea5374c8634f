package org.neurocircuit.model.validation;

import static org.neurocircuit.model.tests.TestCircuits.F;
import static org.neurocircuit.model.validation.Find.after;
import static org.neurocircuit.model.validation.Find.pop;
import static org.neurocircuit.model.validation.Find.rec;
import static org.neurocircuit.model.validation.Find.stim;
import static org.neurocircuit.model.validation.Find.task;
import static org.neurocircuit.model.validation.RuleCase.error;
import static org.neurocircuit.model.validation.RuleCase.warning;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NoiseStimulus;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.SinusoidStimulus;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.TimeSeriesTarget;

/** Stimuli, recorders and decoding tasks. */
class InputOutputRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        error("negative start", Check.STIMULUS_WINDOW, c -> after(() -> stim(c, "dc").setStart(-1), stim(c, "dc")),
            Literals.STIMULUS__START, "set start \u2265 0 ms", c -> stim(c, "dc").setStart(0)),
        error("stop before start", Check.STIMULUS_WINDOW, c -> after(() -> stim(c, "dc").setStop(40.0), stim(c, "dc")),
            Literals.STIMULUS__STOP, "set stop after start, or unset it", c -> stim(c, "dc").setStop(50.05)),
        warning("start after the end of the run", Check.STIMULUS_WINDOW, c -> after(() -> stim(c, "sine").setStart(500),
            stim(c, "sine")), Literals.STIMULUS__START, "set an earlier start", c -> stim(c, "sine").setStart(499.95)),
        error("negative Poisson stimulus rate", Check.NON_NEGATIVE, c -> after(() -> drive(c).setRate(-8), drive(c)),
            Literals.POISSON_STIMULUS__RATE, "set \u03bd \u2265 0 Hz", c -> drive(c).setRate(0)),
        error("negative noise std", Check.NON_NEGATIVE, c -> after(() -> noise(c).setStd(-1), noise(c)),
            Literals.NOISE_STIMULUS__STD, "\u2265 0 pA", c -> noise(c).setStd(0)),
        error("negative sinusoid frequency", Check.NON_NEGATIVE, c -> after(() -> sine(c).setFrequency(-4), sine(c)),
            Literals.SINUSOID_STIMULUS__FREQUENCY, "\u2265 0 Hz", c -> sine(c).setFrequency(0)),
        error("negative stimulus weight", Check.WEIGHT, c -> after(() -> pulses(c).setWeight(-20), pulses(c)),
            Literals.SPIKE_TIMES_STIMULUS__WEIGHT, "\u2265 0 mV", c -> pulses(c).setWeight(0)),
        error("stimulus spike times out of order", Check.SPIKE_TIMES, c -> after(() -> pulses(c).getTimes().move(0, 1),
            pulses(c)), Literals.SPIKE_TIMES_STIMULUS__TIMES, "sort the times", c -> pulses(c).getTimes().set(1, 100.05)),
        error("more step times than amplitudes", Check.SERIES, c -> after(() -> steps(c).getAmplitudes().remove(2), steps(c)),
            Literals.STEP_STIMULUS__AMPLITUDES, "give one amplitude per time", c -> steps(c).getAmplitudes().set(2, 0.0)),
        error("step times out of order", Check.SERIES, c -> after(() -> steps(c).getTimes().move(0, 1), steps(c)),
            Literals.STEP_STIMULUS__TIMES, "strictly ascending", c -> steps(c).getTimes().set(1, 0.05)),
        warning("no steps", Check.SERIES, c -> after(() -> {
          steps(c).getTimes().clear();
          steps(c).getAmplitudes().clear();
        }, steps(c)), Literals.STEP_STIMULUS__TIMES, "add times and amplitudes", c -> {
          steps(c).getTimes().retainAll(List.of(0.0));
          steps(c).getAmplitudes().retainAll(List.of(0.0));
        }),
        error("time series with fewer values than times", Check.SERIES, c -> after(() -> series(c).getValues().remove(0),
            series(c)), Literals.TIME_SERIES_TARGET__VALUES, "give one value per time", c -> series(c).getValues().set(0, 2.0)),
        error("empty time series", Check.SERIES, c -> after(() -> {
          series(c).getTimes().clear();
          series(c).getValues().clear();
        }, series(c)), Literals.TIME_SERIES_TARGET__TIMES, "add times and values", c -> series(c).getTimes().set(0, 1.0)),
        warning("sinusoid above the Nyquist frequency", Check.NYQUIST, c -> after(() -> sine(c).setFrequency(10001),
            sine(c)), Literals.SINUSOID_STIMULUS__FREQUENCY, "lower the frequency or dt", c -> sine(c).setFrequency(10000)),
        error("first 0 neurons", Check.RECORDER_SUBSET, c -> after(() -> vm(c).setCount(0), vm(c)), Literals.RECORDER__COUNT,
            "set count \u2265 1", c -> vm(c).setCount(1)),
        warning("first N larger than the population", Check.RECORDER_SUBSET, c -> after(() -> vm(c).setCount(3201), vm(c)),
            Literals.RECORDER__COUNT, "lower count", c -> vm(c).setCount(3200)),
        error("index beyond the population", Check.RECORDER_SUBSET, c -> after(() -> rate(c).getIndices().add(800),
            rate(c)), Literals.RECORDER__INDICES, "use indices from 0 to 799", c -> rate(c).getIndices().add(799)),
        error("no indices", Check.RECORDER_SUBSET, c -> after(() -> rate(c).getIndices().clear(), rate(c)),
            Literals.RECORDER__INDICES, "add neuron indices", c -> rate(c).getIndices().retainAll(List.of(1))),
        error("state variable the target lacks", Check.RECORDER_VARIABLE, c -> after(() -> vm(c).setVariable("w"), vm(c)),
            Literals.STATE_RECORDER__VARIABLE, "record one of V_m, g_ex, g_in", c -> vm(c).setVariable("g_in")),
        error("state of a source", Check.RECORDER_VARIABLE, c -> after(() -> vm(c).getTargets().add(pop(c, "ext")), vm(c)),
            Literals.STATE_RECORDER__VARIABLE, "record its spikes instead", c -> vm(c).getTargets().add(pop(c, "I"))),
        error("sampling interval below dt", Check.SAMPLING, c -> after(() -> vm(c).setInterval(0.01), vm(c)),
            Literals.STATE_RECORDER__INTERVAL, "set interval \u2265 0.05 ms", c -> vm(c).setInterval(0.05)),
        error("rate bins of 0 ms", Check.SAMPLING, c -> after(() -> rate(c).setBinWidth(0), rate(c)),
            Literals.RATE_RECORDER__BIN_WIDTH, "set binWidth \u2265 0.05 ms", c -> rate(c).setBinWidth(0.05)),
        error("no decoder", Check.DECODING, c -> after(() -> sineTask(c).setDecoderId(""), sineTask(c)),
            Literals.DECODING_TASK__DECODER_ID, "set the decoder id", c -> sineTask(c).setDecoderId("my.decoder")),
        error("one fold", Check.DECODING, c -> after(() -> sineTask(c).setFolds(1), sineTask(c)),
            Literals.DECODING_TASK__FOLDS, "set folds \u2265 2", c -> sineTask(c).setFolds(2)),
        error("more folds than bins", Check.DECODING, c -> after(() -> sineTask(c).setFolds(51), sineTask(c)),
            Literals.DECODING_TASK__FOLDS, "use fewer folds", c -> sineTask(c).setFolds(50)),
        error("negative history", Check.DECODING, c -> after(() -> sineTask(c).setHistoryBins(-1), sineTask(c)),
            Literals.DECODING_TASK__HISTORY_BINS, "set history bins \u2265 0", c -> sineTask(c).setHistoryBins(0)),
        error("bins below dt", Check.DECODING, c -> after(() -> sineTask(c).setBinWidth(0.01), sineTask(c)),
            Literals.DECODING_TASK__BIN_WIDTH, "set a bin width \u2265 0.05 ms", c -> sineTask(c).setBinWidth(0.05)),
        error("decoder setting given twice", Check.DECODING, c -> after(() -> sineTask(c).getParameters().add(
            parameter("alpha")), sineTask(c).getParameters().get(0)), Literals.DECODER_PARAMETER__KEY, "delete one of them",
            c -> sineTask(c).getParameters().add(parameter("lambda"))),
        error("decoder setting without key", Check.DECODING, c -> after(() -> sineTask(c).getParameters().get(0).setKey(null),
            sineTask(c).getParameters().get(0)), Literals.DECODER_PARAMETER__KEY, "enter the setting's name",
            c -> sineTask(c).getParameters().get(0).setKey("beta")),
        error("stimulus parameter that does not exist", Check.STIMULUS_PARAMETER, c -> after(() -> target(c)
            .setParameter("bogus"), target(c)), Literals.STIMULUS_TARGET__PARAMETER, "use one of", c -> target(c)
                .setParameter("offset")),
        error("stimulus parameter that is not a number", Check.STIMULUS_PARAMETER, c -> after(() -> target(c)
            .setParameter("name"), target(c)), Literals.STIMULUS_TARGET__PARAMETER, "frequency", c -> target(c)
                .setParameter("frequency")));
  }

  private static PoissonStimulus drive(Circuit c) {
    return (PoissonStimulus) stim(c, "drive");
  }

  private static NoiseStimulus noise(Circuit c) {
    return (NoiseStimulus) stim(c, "noise");
  }

  private static SinusoidStimulus sine(Circuit c) {
    return (SinusoidStimulus) stim(c, "sine");
  }

  private static SpikeTimesStimulus pulses(Circuit c) {
    return (SpikeTimesStimulus) stim(c, "pulses");
  }

  private static StepStimulus steps(Circuit c) {
    return (StepStimulus) stim(c, "steps");
  }

  private static StateRecorder vm(Circuit c) {
    return (StateRecorder) rec(c, "vm");
  }

  private static RateRecorder rate(Circuit c) {
    return (RateRecorder) rec(c, "rate");
  }

  private static DecodingTask sineTask(Circuit c) {
    return task(c, "decodeSine");
  }

  private static StimulusTarget target(Circuit c) {
    return (StimulusTarget) sineTask(c).getTarget();
  }

  private static TimeSeriesTarget series(Circuit c) {
    return (TimeSeriesTarget) task(c, "decodeBehaviour").getTarget();
  }

  private static DecoderParameter parameter(String key) {
    DecoderParameter parameter = F.createDecoderParameter();
    parameter.setKey(key);
    parameter.setValue("1");
    return parameter;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failingCaseIsReported(RuleCase rule) {
    rule.assertFails();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passingCaseIsNot(RuleCase rule) {
    rule.assertPasses();
  }
}
