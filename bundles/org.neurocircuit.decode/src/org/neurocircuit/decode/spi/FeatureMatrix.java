package org.neurocircuit.decode.spi;

import java.util.List;

/**
 * The decoder's input: one row per time bin, one column per feature (a neuron's spike count, a
 * population's count, a sampled signal, each at one lag), row-major in one {@code double[]} so
 * that linear-algebra libraries can wrap it without a copy.
 *
 * <p>Rows keep the index of their bin: consecutive bins form a segment, and a decoder with
 * dynamics (the Kalman filter) restarts at each segment start. A subset taken for a
 * cross-validation fold is therefore a list of segments, not one series.
 */
public final class FeatureMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;
    private final List<FeatureColumn> columns;
    private final int[] bins;
    private final double binMs;
    private final HistoryWindow window;

    /**
     * Wraps {@code data} (not copied: do not change it afterwards).
     *
     * @param data {@code rows × columns.size()} values, row after row
     * @param columns what each column holds
     * @param bins the bin index of each row, strictly increasing
     * @param binMs the bin width, ms
     * @param window the history window the columns were built with
     */
    public FeatureMatrix(double[] data, List<FeatureColumn> columns, int[] bins, double binMs, HistoryWindow window) {
        this.columns = List.copyOf(columns);
        this.cols = this.columns.size();
        this.rows = bins.length;
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(data.length + " values are not " + rows + " rows of " + cols
                    + " columns");
        }
        for (int r = 1; r < rows; r++) {
            if (bins[r] <= bins[r - 1]) {
                throw new IllegalArgumentException("bin indices must increase; row " + r + " has bin " + bins[r]
                        + " after " + bins[r - 1]);
            }
        }
        if (!(binMs > 0) || !Double.isFinite(binMs)) {
            throw new IllegalArgumentException("the bin width must be a positive number of ms, was " + binMs);
        }
        this.data = data;
        this.bins = bins;
        this.binMs = binMs;
        this.window = window;
    }

    public int rows() {
        return rows;
    }

    /** The number of feature columns. */
    public int columnCount() {
        return cols;
    }

    public List<FeatureColumn> columns() {
        return columns;
    }

    public double get(int row, int column) {
        return data[row * cols + column];
    }

    /** The values, row-major; the live array, shared: read it, do not change it. */
    public double[] data() {
        return data;
    }

    /** The bin index of row {@code row}. */
    public int bin(int row) {
        return bins[row];
    }

    /** The bin index of every row (a copy). */
    public int[] bins() {
        return bins.clone();
    }

    /** The bin width, ms. */
    public double binMs() {
        return binMs;
    }

    public HistoryWindow window() {
        return window;
    }

    /** Whether row {@code row} does not follow its predecessor's bin directly (row 0 always does not). */
    public boolean startsSegment(int row) {
        return row == 0 || bins[row] != bins[row - 1] + 1;
    }

    /** The rows at {@code indices} (ascending), copied into a new matrix. */
    public FeatureMatrix rows(int[] indices) {
        double[] sub = new double[indices.length * cols];
        int[] subBins = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, sub, i * cols, cols);
            subBins[i] = bins[indices[i]];
        }
        return new FeatureMatrix(sub, columns, subBins, binMs, window);
    }

    /**
     * The first non-finite value, as a message, or {@code null} when all are finite.
     */
    public String firstNonFinite() {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                return "feature " + columns.get(i % cols).label() + " is " + data[i] + " in bin " + bins[i / cols];
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return rows + " bins × " + cols + " features (" + binMs + " ms bins)";
    }
}
