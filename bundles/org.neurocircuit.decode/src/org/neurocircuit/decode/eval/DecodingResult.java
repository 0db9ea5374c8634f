package org.neurocircuit.decode.eval;

import java.util.List;

import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.LinearWeights;

/**
 * The outcome of cross-validating a decoder: per-fold and pooled scores, and the pooled held-out
 * predictions (every tested row once, in time order) with the truth beside them.
 *
 * @param kind regression or classification
 * @param classes the class values, ascending (classification), else {@code null}
 * @param folds one result per fold
 * @param pooled the scores of all tested rows together
 * @param bins the bin index of each pooled prediction
 * @param foldOf the fold that predicted each
 * @param predictions the predictions
 * @param truth the true target at the same bins
 * @param weights the fitted weights per feature column averaged over the folds, or {@code null}
 *                when the decoder has none (or folds disagreed on their shape)
 * @param notes remarks for the user (columns ignored, undefined scores)
 */
public record DecodingResult(DecoderKind kind, double[] classes, List<FoldResult> folds, Scores pooled, int[] bins,
        int[] foldOf, double[] predictions, double[] truth, LinearWeights weights, List<String> notes) {

    public DecodingResult {
        folds = List.copyOf(folds);
        notes = List.copyOf(notes);
    }
}
