package org.neurocircuit.engine.stats;

/**
 * A peri-stimulus time histogram, or population rate histogram: the spikes of all neurons in
 * consecutive bins {@code [startMs + k binMs, startMs + (k+1) binMs)} covering the window, the
 * last one cut at the window's end.
 *
 * @param startMs start of the first bin, ms
 * @param endMs end of the last bin, ms
 * @param binMs bin width, ms
 * @param neuronCount neurons observed (for rates)
 * @param counts spikes per bin
 */
public record Psth(double startMs, double endMs, double binMs, int neuronCount, int[] counts) {

    /** The histogram of a window in bins of {@code binMs}. */
    public static Psth of(SpikeTrains s, TimeWindow w, double binMs) {
        int bins = w.coveringBins(binMs);
        int[] counts = new int[bins];
        double[] times = s.timesMs();
        for (int i = s.indexAt(w.startMs()), end = s.indexAt(w.endMs()); i < end; i++) {
            counts[Math.min(bins - 1, binOf(times[i] - w.startMs(), binMs))]++;
        }
        return new Psth(w.startMs(), w.endMs(), binMs, s.neuronCount(), counts);
    }

    /**
     * The bin of a time {@code sinceStartMs} after the first bin's start. A time on a bin edge
     * belongs to the later bin even when the division rounds below it (0.3 / 0.1 is 2.999…).
     */
    static int binOf(double sinceStartMs, double binMs) {
        return (int) Math.floor(sinceStartMs / binMs + 1e-9);
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /** The start of bin {@code k}, ms. */
    public double binStartMs(int k) {
        return startMs + k * binMs;
    }

    /** The width of bin {@code k}, ms ({@code binMs} except perhaps for the last). */
    public double binWidthMs(int k) {
        return Math.min(binMs, endMs - binStartMs(k));
    }

    /** The population rate in each bin, Hz: count / (neurons × bin width); NaN without neurons. */
    public double[] ratesHz() {
        double[] r = new double[counts.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = neuronCount == 0 ? Double.NaN : counts[k] / (neuronCount * binWidthMs(k) / 1000.0);
        }
        return r;
    }
}
