package org.neurocircuit.decode.decoders;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;

/**
 * Fitted affine scores {@code s_k(x) = Σ_j coef[k][j] x_j + intercepts[k]} in the features' own
 * units, over all columns (ignored columns have weight 0).
 *
 * @param coef outputs × feature columns
 * @param intercepts one per output
 */
record LinearModel(double[][] coef, double[] intercepts) {

    /**
     * The model of weights fitted on standardised chosen columns: {@code w / sd} per column and
     * {@code b - Σ w·mean/sd} as intercept.
     */
    static LinearModel fromStandardised(double[][] w, double[] b, Standardizer z, int[] cols, int p) {
        double[][] coef = new double[w.length][];
        double[] intercepts = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            double[] raw = new double[cols.length];
            double shift = 0;
            for (int j = 0; j < cols.length; j++) {
                raw[j] = w[k][j] / z.sd()[j];
                shift += raw[j] * z.mean()[j];
            }
            coef[k] = ColumnSelection.spread(raw, cols, p);
            intercepts[k] = b[k] - shift;
        }
        return new LinearModel(coef, intercepts);
    }

    /** The scores of every row: rows × outputs. */
    DMatrixRMaj scores(FeatureMatrix x) {
        if (x.columnCount() != coef[0].length) {
            throw new IllegalArgumentException("the decoder was fitted on " + coef[0].length + " feature columns, not "
                    + x.columnCount());
        }
        DMatrixRMaj xs = DMatrixRMaj.wrap(x.rows(), x.columnCount(), x.data());
        DMatrixRMaj w = new DMatrixRMaj(coef);
        DMatrixRMaj s = new DMatrixRMaj(x.rows(), coef.length);
        CommonOps_MT_DDRM.multTransB(xs, w, s);
        for (int r = 0; r < s.numRows; r++) {
            for (int k = 0; k < coef.length; k++) {
                s.data[r * coef.length + k] += intercepts[k];
            }
        }
        return s;
    }

    /** The weights for views. */
    LinearWeights weights(String meaning, List<String> outputs) {
        double[][] copy = new double[coef.length][];
        for (int k = 0; k < coef.length; k++) {
            copy[k] = coef[k].clone();
        }
        return new LinearWeights(meaning, outputs, copy, intercepts.clone());
    }
}
