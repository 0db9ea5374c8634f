package org.neurocircuit.ui.views.statistics;

import org.neurocircuit.engine.stats.FiringRates;
import org.neurocircuit.engine.stats.IsiHistogram;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;

/** The histograms under the statistics table, computed with the engine's statistics. */
final class Histograms {

    /** About this many bins for the per-neuron rate histogram. */
    private static final int RATE_BINS = 20;
    /** ISI bins, ms, and the longest ISI shown, ms. */
    static final double ISI_BIN_MS = 2;
    static final double ISI_MAX_MS = 200;

    private Histograms() {
    }

    /** Per-neuron rates in about {@value #RATE_BINS} bins of a round width, Hz. */
    static StatisticsModel.Histogram rates(SpikeTrains s, TimeWindow w) {
        double[] hz = FiringRates.perNeuronHz(s, w);
        double max = 0;
        for (double r : hz) {
            max = Math.max(max, r);
        }
        double width = niceStep(Math.max(max, 1) / RATE_BINS);
        int bins = (int) Math.floor(max / width) + 1;
        double[] counts = new double[bins];
        for (double r : hz) {
            counts[Math.min(bins - 1, (int) Math.floor(r / width))]++;
        }
        return new StatisticsModel.Histogram(starts(bins, width), width, counts, "rate (Hz)");
    }

    /** Inter-spike intervals in bins of {@value #ISI_BIN_MS} ms up to {@value #ISI_MAX_MS} ms. */
    static StatisticsModel.Histogram isis(SpikeTrains s, TimeWindow w) {
        IsiHistogram h = IsiHistogram.of(s, w, ISI_BIN_MS, ISI_MAX_MS);
        double[] counts = new double[h.counts().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = h.counts()[i];
        }
        return new StatisticsModel.Histogram(starts(counts.length, h.binMs()), h.binMs(), counts, "ISI (ms)");
    }

    private static double[] starts(int bins, double width) {
        double[] x = new double[bins];
        for (int i = 0; i < bins; i++) {
            x[i] = i * width;
        }
        return x;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * pow >= raw * (1 - 1e-12)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }
}
