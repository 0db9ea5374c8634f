package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;

/** Row-wise softmax of class scores, computed stably (the row's maximum subtracted first). */
final class Softmax {

    private Softmax() {
    }

    /**
     * Replaces each row of scores by its probabilities and returns the sum over rows of
     * {@code log Σ_k exp(s_k)} (for log-likelihoods).
     */
    static double inPlace(DMatrixRMaj s) {
        int k = s.numCols;
        double[] d = s.data;
        double logNormalisers = 0;
        for (int r = 0; r < s.numRows; r++) {
            int o = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, d[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                d[o + j] = Math.exp(d[o + j] - max);
                sum += d[o + j];
            }
            for (int j = 0; j < k; j++) {
                d[o + j] /= sum;
            }
            logNormalisers += max + Math.log(sum);
        }
        return logNormalisers;
    }

    /** The index of each row's largest entry (the first on ties). */
    static int[] argmax(DMatrixRMaj s) {
        int[] best = new int[s.numRows];
        for (int r = 0; r < s.numRows; r++) {
            int o = r * s.numCols;
            for (int j = 1; j < s.numCols; j++) {
                if (s.data[o + j] > s.data[o + best[r]]) {
                    best[r] = j;
                }
            }
        }
        return best;
    }

    /** The rows as {@code double[][]}. */
    static double[][] rows(DMatrixRMaj s) {
        double[][] out = new double[s.numRows][s.numCols];
        for (int r = 0; r < s.numRows; r++) {
            System.arraycopy(s.data, r * s.numCols, out[r], 0, s.numCols);
        }
        return out;
    }
}
