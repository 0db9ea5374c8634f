package org.neurocircuit.decode.eval;

/**
 * What one fold gave.
 *
 * @param fold the fold's rows
 * @param blockBins the first and end (exclusive) bin index of the fold's block
 * @param testBins the first and end (exclusive) bin index of its tested rows
 * @param trainBins the number of training rows
 * @param scores the scores of its tested rows
 * @param fitMs wall time of fitting, ms
 * @param predictMs wall time of predicting, ms
 */
public record FoldResult(Fold fold, int[] blockBins, int[] testBins, int trainBins, Scores scores, double fitMs,
        double predictMs) {
}
