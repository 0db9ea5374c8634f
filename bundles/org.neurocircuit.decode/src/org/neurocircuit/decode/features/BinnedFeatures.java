package org.neurocircuit.decode.features;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.decode.spi.FeatureColumn;

/**
 * Features per bin before the history window is applied: blocks of columns (one per source)
 * gathered side by side on one {@link BinGrid}, then joined into one row-major table.
 */
public final class BinnedFeatures {

    private final BinGrid grid;
    private final List<FeatureColumn> columns = new ArrayList<>();
    private final List<double[]> blocks = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    public BinnedFeatures(BinGrid grid) {
        this.grid = grid;
    }

    public BinGrid grid() {
        return grid;
    }

    /**
     * Adds a block of columns.
     *
     * @param blockColumns what each column of the block holds (lag 0)
     * @param values {@code grid.bins() × blockColumns.size()} values, row-major
     */
    public BinnedFeatures add(List<FeatureColumn> blockColumns, double[] values) {
        if ((long) grid.bins() * blockColumns.size() != values.length) {
            throw new IllegalArgumentException(values.length + " values are not " + grid.bins() + " bins of "
                    + blockColumns.size() + " columns");
        }
        columns.addAll(blockColumns);
        blocks.add(values);
        widths.add(blockColumns.size());
        return this;
    }

    public List<FeatureColumn> columns() {
        return List.copyOf(columns);
    }

    public int columnCount() {
        return columns.size();
    }

    /** All blocks side by side: {@code grid.bins() × columnCount()} values, row-major. */
    public double[] table() {
        int cols = columns.size();
        double[] all = new double[grid.bins() * cols];
        int offset = 0;
        for (int k = 0; k < blocks.size(); k++) {
            double[] block = blocks.get(k);
            int w = widths.get(k);
            for (int b = 0; b < grid.bins(); b++) {
                System.arraycopy(block, b * w, all, b * cols + offset, w);
            }
            offset += w;
        }
        return all;
    }
}
