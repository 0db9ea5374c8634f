package org.neurocircuit.decode.features;

import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * Consecutive time bins {@code [startMs + b·binMs, startMs + (b+1)·binMs)}, b = 0 … bins-1, all
 * of the same width. A time on a bin edge belongs to the later bin, also when the division
 * rounds just below it (as {@code Psth} does).
 *
 * @param startMs start of bin 0, ms
 * @param binMs bin width, ms
 * @param bins number of bins (≥ 1)
 */
public record BinGrid(double startMs, double binMs, int bins) {

    public BinGrid {
        if (!Double.isFinite(startMs) || !(binMs > 0) || !Double.isFinite(binMs)) {
            throw new DecodingException("bins need a finite start and a positive width in ms, were start " + startMs
                    + " ms, width " + binMs + " ms");
        }
        if (bins < 1) {
            throw new DecodingException("a bin grid needs at least one bin, had " + bins);
        }
    }

    /**
     * The whole bins of {@code binMs} in a window, from its start (a partial last bin is left out).
     *
     * @throws DecodingException when not one whole bin fits
     */
    public static BinGrid of(TimeWindow window, double binMs) {
        if (!(binMs > 0) || !Double.isFinite(binMs)) {
            throw new DecodingException("the bin width must be a positive number of ms, was " + binMs);
        }
        int n = window.wholeBins(binMs);
        if (n < 1) {
            throw new DecodingException("the time window [" + window.startMs() + ", " + window.endMs() + ") ms is "
                    + window.durationMs() + " ms long, shorter than one bin of " + binMs + " ms");
        }
        return new BinGrid(window.startMs(), binMs, n);
    }

    /** The end of the last bin, ms. */
    public double endMs() {
        return startMs + bins * binMs;
    }

    /** The window the bins cover exactly. */
    public TimeWindow window() {
        return new TimeWindow(startMs, endMs());
    }

    public double binStartMs(int b) {
        return startMs + b * binMs;
    }

    /** The centre of bin {@code b}, ms. */
    public double binCentreMs(int b) {
        return startMs + (b + 0.5) * binMs;
    }

    /** The bin holding time {@code tMs}, or -1 outside the grid. */
    public int binOf(double tMs) {
        if (tMs < startMs) {
            return -1;
        }
        long b = (long) Math.floor((tMs - startMs) / binMs + 1e-9);
        return b >= bins ? -1 : (int) b;
    }
}
