package org.neurocircuit.engine.stats;

/**
 * The distribution of inter-spike intervals of all neurons in a window (both spikes of an
 * interval in the window), in bins {@code [k binMs, (k+1) binMs)} up to {@code maxMs}.
 *
 * @param binMs bin width, ms
 * @param counts ISIs per bin
 * @param overflow ISIs of {@code maxMs} or longer
 */
public record IsiHistogram(double binMs, int[] counts, long overflow) {

    /** The histogram of ISIs shorter than {@code maxMs} in bins of {@code binMs}. */
    public static IsiHistogram of(SpikeTrains s, TimeWindow w, double binMs, double maxMs) {
        int bins = new TimeWindow(0, maxMs).coveringBins(binMs);
        int[] counts = new int[bins];
        long overflow = 0;
        double[] last = new double[s.neuronCount()];
        java.util.Arrays.fill(last, Double.NaN);
        int[] neurons = s.neurons();
        double[] times = s.timesMs();
        for (int i = s.indexAt(w.startMs()), end = s.indexAt(w.endMs()); i < end; i++) {
            int nr = neurons[i];
            if (!Double.isNaN(last[nr])) {
                double isi = times[i] - last[nr];
                if (isi >= maxMs) {
                    overflow++;
                } else {
                    counts[Math.min(bins - 1, (int) (isi / binMs))]++;
                }
            }
            last[nr] = times[i];
        }
        return new IsiHistogram(binMs, counts, overflow);
    }

    /** The number of intervals counted, overflow included. */
    public long total() {
        long t = overflow;
        for (int c : counts) {
            t += c;
        }
        return t;
    }
}
