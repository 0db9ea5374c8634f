package org.neurocircuit.decode.decoders;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * Column means and standard deviations of training data (population sd, divisor n, as
 * scikit-learn's {@code StandardScaler}), and the z-scoring they define.
 *
 * @param mean per column
 * @param sd per column; 1 where a column is constant (it becomes 0, as in scikit-learn)
 */
record Standardizer(double[] mean, double[] sd) {

    /** The statistics of the columns of {@code x}; with {@code scale} false only the means (sd 1). */
    static Standardizer fit(DMatrixRMaj x, boolean scale) {
        int n = x.numRows;
        int p = x.numCols;
        double[] mean = new double[p];
        double[] sd = new double[p];
        double[] d = x.data;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                mean[c] += d[r * p + c];
            }
        }
        for (int c = 0; c < p; c++) {
            mean[c] /= n;
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                double e = d[r * p + c] - mean[c];
                sd[c] += e * e;
            }
        }
        for (int c = 0; c < p; c++) {
            sd[c] = scale ? Math.sqrt(sd[c] / n) : 1;
            if (!(sd[c] > 0)) {
                sd[c] = 1;
            }
        }
        return new Standardizer(mean, sd);
    }

    /** Centring alone: {@code mean} subtracted, sd 1. */
    static Standardizer centring(double[] mean) {
        double[] one = new double[mean.length];
        Arrays.fill(one, 1);
        return new Standardizer(mean, one);
    }

    /** Replaces {@code x} by {@code (x - mean) / sd}, column-wise. */
    void apply(DMatrixRMaj x) {
        int p = x.numCols;
        double[] d = x.data;
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < p; c++) {
                d[r * p + c] = (d[r * p + c] - mean[c]) / sd[c];
            }
        }
    }
}
