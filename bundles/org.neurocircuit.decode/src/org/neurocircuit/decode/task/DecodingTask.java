package org.neurocircuit.decode.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neurocircuit.decode.features.FeatureSource;
import org.neurocircuit.decode.features.Resampling;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What to decode and how, free of EMF (the model's {@code DecodingTask} maps onto it field by
 * field): which channels, which decoder with which settings, the bins, the history window and the
 * folds. Build one with {@link #of} (the model's defaults) and the {@code with…} methods.
 *
 * @param name the task's name (folder names use its identifier characters)
 * @param features the run channels used as input (ignored for CSV input: its neurons are)
 * @param decoderId a registered decoder's id
 * @param parameters decoder settings as text; missing ones take their defaults
 * @param binMs bin width, ms
 * @param historyBins past bins used besides the current one
 * @param causal only the current and past bins (else also {@code historyBins} future bins)
 * @param folds contiguous cross-validation folds (≥ 2)
 * @param window the time window decoded, ms, or {@code null} for the whole run (or target)
 * @param resampling how the target becomes one value per bin, or {@code null} for the kind's
 *                   default (mean over the bin for regression, value at the centre for classes)
 * @param shuffledControl permute the target in blocks against the features (a chance-level control,
 *                        see {@link org.neurocircuit.decode.eval.TargetShuffle})
 * @param seed the seed of the control's block order
 */
public record DecodingTask(String name, List<FeatureSource> features, String decoderId, Map<String, String> parameters,
        double binMs, int historyBins, boolean causal, int folds, TimeWindow window, Resampling resampling,
        boolean shuffledControl, long seed) {

    public DecodingTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decoderId, "decoderId");
        features = List.copyOf(features);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (!(binMs > 0) || !Double.isFinite(binMs)) {
            throw new DecodingException("task '" + name + "': the bin width must be a positive number of ms, was "
                    + binMs);
        }
        if (historyBins < 0) {
            throw new DecodingException("task '" + name + "': history bins must be ≥ 0, was " + historyBins);
        }
        if (folds < 2) {
            throw new DecodingException("task '" + name + "': cross-validation needs at least 2 folds, was " + folds);
        }
    }

    /** A task with the model's defaults: 10 ms bins, no history, causal, 5 folds, whole run, seed 1. */
    public static DecodingTask of(String name, String decoderId, List<FeatureSource> features) {
        return new DecodingTask(name, features, decoderId, Map.of(), 10.0, 0, true, 5, null, null, false, 1);
    }

    /** The history window: {@code historyBins} past bins, and as many future ones unless causal. */
    public HistoryWindow historyWindow() {
        return causal ? HistoryWindow.causal(historyBins) : HistoryWindow.centred(historyBins);
    }

    public DecodingTask withParameters(Map<String, String> values) {
        return new DecodingTask(name, features, decoderId, values, binMs, historyBins, causal, folds, window,
                resampling, shuffledControl, seed);
    }

    public DecodingTask withBins(double newBinMs, int newHistoryBins, boolean newCausal) {
        return new DecodingTask(name, features, decoderId, parameters, newBinMs, newHistoryBins, newCausal, folds,
                window, resampling, shuffledControl, seed);
    }

    public DecodingTask withFolds(int newFolds) {
        return new DecodingTask(name, features, decoderId, parameters, binMs, historyBins, causal, newFolds, window,
                resampling, shuffledControl, seed);
    }

    public DecodingTask withWindow(TimeWindow newWindow) {
        return new DecodingTask(name, features, decoderId, parameters, binMs, historyBins, causal, folds, newWindow,
                resampling, shuffledControl, seed);
    }

    public DecodingTask withResampling(Resampling newResampling) {
        return new DecodingTask(name, features, decoderId, parameters, binMs, historyBins, causal, folds, window,
                newResampling, shuffledControl, seed);
    }

    /**
     * The same task as a chance-level control: the target cut in blocks of 1 s (or a tenth of the
     * series, never shorter than the history window) put in an order drawn from {@code newSeed}.
     */
    public DecodingTask withShuffledControl(long newSeed) {
        return new DecodingTask(name, features, decoderId, parameters, binMs, historyBins, causal, folds, window,
                resampling, true, newSeed);
    }
}
