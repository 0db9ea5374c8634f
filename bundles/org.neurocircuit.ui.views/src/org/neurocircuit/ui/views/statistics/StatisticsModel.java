package org.neurocircuit.ui.views.statistics;

import java.util.List;

import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What the statistics view shows.
 *
 * @param window the window the figures are computed over, ms (brushed, else the whole run)
 * @param rows one per spike channel
 * @param selected the row whose histograms are shown, or -1
 * @param rates histogram of the selected population's per-neuron rates (Hz)
 * @param isis histogram of its inter-spike intervals (ms)
 */
public record StatisticsModel(TimeWindow window, List<Row> rows, int selected, Histogram rates, Histogram isis) {

    /**
     * A table row.
     *
     * @param stats the figures
     * @param emphasised whether the population is highlighted (or nothing is)
     */
    public record Row(SpikeStatistics stats, boolean emphasised) {
    }

    /**
     * A histogram.
     *
     * @param binStarts the start of each bin, in the x unit
     * @param binWidth the bin width, in the x unit
     * @param counts the count in each bin
     * @param xTitle the x axis title with its unit
     */
    public record Histogram(double[] binStarts, double binWidth, double[] counts, String xTitle) {
        static final Histogram EMPTY = new Histogram(new double[0], 1, new double[0], "");

        /** The total count. */
        public double total() {
            double t = 0;
            for (double c : counts) {
                t += c;
            }
            return t;
        }
    }
}
