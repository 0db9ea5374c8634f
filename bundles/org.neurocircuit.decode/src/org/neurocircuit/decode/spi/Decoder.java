package org.neurocircuit.decode.spi;

import java.util.List;
import java.util.Optional;

/**
 * A decoder with its settings, fitted on some bins and then asked to predict others. One
 * instance is fitted once; cross-validation creates a fresh one per fold. Not thread-safe.
 *
 * <p>Rows arrive in time order. The {@link FeatureMatrix#window() history window} says whether
 * future bins may be used: a decoder with its own dynamics (the Kalman filter) must stay causal
 * when the window is causal, and may smooth over the whole segment when it is not.
 */
public interface Decoder {

    /**
     * Learns from {@code x} and {@code y} (same number of rows).
     *
     * @throws DecodingException when the data cannot be fitted (singular features, one class only),
     *                           with a message saying what to change
     */
    void fit(FeatureMatrix x, Target y);

    /**
     * The predicted target of every row of {@code x}, which has the columns {@link #fit} saw: a
     * value for regression, the predicted class's value for classification.
     *
     * @throws IllegalStateException before {@link #fit}
     */
    double[] predict(FeatureMatrix x);

    /**
     * Class probabilities (rows × classes), for classifiers that have them. The classes are those
     * of the training target, ascending as {@link Target#classes()} gives them.
     */
    default Optional<double[][]> probabilities(FeatureMatrix x) {
        return Optional.empty();
    }

    /** The fitted linear weights per feature column, for decoders that have them. */
    default Optional<LinearWeights> weights() {
        return Optional.empty();
    }

    /** The fitted spike-count model (for bits per spike), for Poisson decoders. */
    default Optional<SpikeCountModel> countModel() {
        return Optional.empty();
    }

    /**
     * Remarks from the last fit for the user, e.g. columns ignored because they were constant,
     * or an optimiser that stopped before converging.
     */
    default List<String> notes() {
        return List.of();
    }
}
