package org.neurocircuit.decode.features;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;

/**
 * Applies a history window to binned features: the row of bin t holds, for each lag ℓ in
 * {@link HistoryWindow#lags()} order, every base column at bin {@code t - ℓ}. Bins whose window
 * would reach beyond the grid (the first {@code back} and the last {@code ahead}) get no row:
 * padding them with zeros would invent activity. Row r is therefore bin {@code r + back}.
 */
public final class HistoryExpansion {

    private HistoryExpansion() {
    }

    /** The feature matrix of {@code base} under {@code window}. */
    public static FeatureMatrix apply(BinnedFeatures base, HistoryWindow window) {
        BinGrid g = base.grid();
        int rows = g.bins() - window.back() - window.ahead();
        if (rows < 1) {
            throw new DecodingException(g.bins() + " bins are too few for a history window of " + window.back()
                    + " past and " + window.ahead() + " future bins: use fewer history bins or narrower bins");
        }
        int p = base.columnCount();
        int[] lags = window.lags();
        double[] table = base.table();
        double[] data = new double[Math.multiplyExact(rows, Math.multiplyExact(p, lags.length))];
        int width = p * lags.length;
        for (int r = 0; r < rows; r++) {
            int bin = r + window.back();
            for (int k = 0; k < lags.length; k++) {
                System.arraycopy(table, (bin - lags[k]) * p, data, r * width + k * p, p);
            }
        }
        List<FeatureColumn> columns = new ArrayList<>(width);
        for (int lag : lags) {
            for (FeatureColumn c : base.columns()) {
                columns.add(c.atLag(lag));
            }
        }
        int[] bins = new int[rows];
        for (int r = 0; r < rows; r++) {
            bins[r] = r + window.back();
        }
        return new FeatureMatrix(data, columns, bins, g.binMs(), window);
    }

    /** The values of {@code perBin} (one per grid bin) at the bins of the matrix's rows. */
    public static double[] alignToRows(double[] perBin, FeatureMatrix x) {
        double[] v = new double[x.rows()];
        for (int r = 0; r < v.length; r++) {
            v[r] = perBin[x.bin(r)];
        }
        return v;
    }
}
