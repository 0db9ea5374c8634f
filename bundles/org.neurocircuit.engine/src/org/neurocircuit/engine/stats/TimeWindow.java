package org.neurocircuit.engine.stats;

/**
 * A half-open time window {@code [startMs, endMs)}, ms. Every statistic takes one, so that views
 * can narrow all of them to a brushed window.
 *
 * @param startMs first time included, ms
 * @param endMs first time excluded, ms ({@code > startMs})
 */
public record TimeWindow(double startMs, double endMs) {

    public TimeWindow {
        if (!Double.isFinite(startMs) || !Double.isFinite(endMs) || !(endMs > startMs)) {
            throw new IllegalArgumentException("a time window needs finite start < end, was [" + startMs + ", "
                    + endMs + ") ms");
        }
    }

    /**
     * The window of the spikes of the first {@code steps} steps of a run: a spike emitted while
     * integrating step n carries time {@code (n+1) dt}, so those spikes lie in
     * {@code (0, steps dt]}; the window {@code [dt/2, steps dt + dt/2)} holds exactly them and
     * lasts exactly {@code steps dt}.
     */
    public static TimeWindow ofSteps(double dt, long steps) {
        return new TimeWindow(dt / 2, steps * dt + dt / 2);
    }

    public double durationMs() {
        return endMs - startMs;
    }

    public double durationSeconds() {
        return (endMs - startMs) / 1000.0;
    }

    public boolean contains(double tMs) {
        return tMs >= startMs && tMs < endMs;
    }

    /** How many whole bins of {@code binMs} fit, tolerating rounding (1000 / 0.1 is 10000 bins). */
    public int wholeBins(double binMs) {
        checkBin(binMs);
        double k = durationMs() / binMs;
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.floor(k + 1e-9));
    }

    /** How many bins of {@code binMs} cover the window, the last one possibly partial. */
    public int coveringBins(double binMs) {
        checkBin(binMs);
        double k = durationMs() / binMs;
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.ceil(k - 1e-9));
    }

    private static void checkBin(double binMs) {
        if (!(binMs > 0) || !Double.isFinite(binMs)) {
            throw new IllegalArgumentException("bin width must be a positive number of ms, was " + binMs);
        }
    }
}
