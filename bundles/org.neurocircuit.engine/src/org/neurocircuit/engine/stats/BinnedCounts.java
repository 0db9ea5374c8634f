package org.neurocircuit.engine.stats;

/**
 * Spike counts in the whole bins of a window, kept as sums rather than a neurons × bins matrix:
 * per neuron the sum of its counts and of their squares, per bin the population total. One pass
 * over the spikes, memory O(neurons + bins), and integer sums, so a perfectly regular train
 * gives a variance of exactly zero.
 */
final class BinnedCounts {

    /** Number of whole bins; a partial last bin is left out so every bin has the same width. */
    final int bins;
    /** Per neuron, the sum over bins of its count. */
    final long[] sum;
    /** Per neuron, the sum over bins of its count squared. */
    final long[] sumSquares;
    /** Per bin, the count of all neurons. */
    final long[] totals;

    private BinnedCounts(int neurons, int bins) {
        this.bins = bins;
        this.sum = new long[neurons];
        this.sumSquares = new long[neurons];
        this.totals = new long[bins];
    }

    static BinnedCounts of(SpikeTrains s, TimeWindow w, double binMs) {
        int k = w.wholeBins(binMs);
        int n = s.neuronCount();
        BinnedCounts b = new BinnedCounts(n, k);
        if (k == 0) {
            return b;
        }
        double start = w.startMs();
        int lo = s.indexAt(start);
        int hi = s.indexAt(Math.min(w.endMs(), start + k * binMs));
        int[] current = new int[n];
        int[] touched = new int[n];
        int touchedCount = 0;
        int bin = -1;
        int[] neurons = s.neurons();
        double[] times = s.timesMs();
        for (int i = lo; i < hi; i++) {
            int bi = Math.min(k - 1, Psth.binOf(times[i] - start, binMs));
            if (bi != bin) {
                b.fold(current, touched, touchedCount);
                touchedCount = 0;
                bin = bi;
            }
            int nr = neurons[i];
            if (current[nr]++ == 0) {
                touched[touchedCount++] = nr;
            }
            b.totals[bi]++;
        }
        b.fold(current, touched, touchedCount);
        return b;
    }

    private void fold(int[] current, int[] touched, int count) {
        for (int j = 0; j < count; j++) {
            int nr = touched[j];
            long c = current[nr];
            sum[nr] += c;
            sumSquares[nr] += c * c;
            current[nr] = 0;
        }
    }

    /** {@code bins² ×} the variance over bins of neuron {@code i}'s count (exact integer form). */
    double scaledVariance(int i) {
        return (double) bins * sumSquares[i] - (double) sum[i] * sum[i];
    }
}
