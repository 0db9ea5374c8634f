package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;

/**
 * The feature columns a decoder uses: those that vary over the training rows. A column constant
 * there (a neuron silent in training) carries no information for these models and would make
 * their covariance matrices singular, so it gets weight 0.
 */
final class ColumnSelection {

    private ColumnSelection() {
    }

    /** The indices of the columns that are not constant in {@code x}. */
    static int[] varying(FeatureMatrix x, String decoderId) {
        int p = x.columnCount();
        double[] d = x.data();
        boolean[] varies = new boolean[p];
        int count = 0;
        for (int r = 1; r < x.rows(); r++) {
            int row = r * p;
            for (int c = 0; c < p; c++) {
                if (!varies[c] && d[row + c] != d[c]) {
                    varies[c] = true;
                    count++;
                }
            }
            if (count == p) {
                break;
            }
        }
        if (count == 0) {
            throw new DecodingException("decoder '" + decoderId + "': every feature is constant over the "
                    + x.rows() + " training bins (silent neurons?); there is nothing to decode from");
        }
        int[] cols = new int[count];
        for (int c = 0, k = 0; c < p; c++) {
            if (varies[c]) {
                cols[k++] = c;
            }
        }
        return cols;
    }

    /** The chosen columns of {@code x} as a new rows × cols.length matrix. */
    static DMatrixRMaj gather(FeatureMatrix x, int[] cols) {
        int p = x.columnCount();
        int q = cols.length;
        double[] d = x.data();
        DMatrixRMaj m = new DMatrixRMaj(x.rows(), q);
        double[] out = m.data;
        for (int r = 0; r < x.rows(); r++) {
            int in = r * p;
            int o = r * q;
            for (int k = 0; k < q; k++) {
                out[o + k] = d[in + cols[k]];
            }
        }
        return m;
    }

    /** Weights over the chosen columns spread back to all {@code p} columns (0 elsewhere). */
    static double[] spread(double[] chosen, int[] cols, int p) {
        double[] all = new double[p];
        for (int k = 0; k < cols.length; k++) {
            all[cols[k]] = chosen[k];
        }
        return all;
    }

    /** A note for the user when columns were left out, else {@code null}. */
    static String note(int[] cols, int p) {
        return cols.length == p ? null : (p - cols.length) + " of " + p
                + " feature columns are constant over the training bins and were ignored";
    }
}
