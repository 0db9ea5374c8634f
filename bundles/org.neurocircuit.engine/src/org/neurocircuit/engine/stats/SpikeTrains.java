package org.neurocircuit.engine.stats;

import org.neurocircuit.engine.results.SpikeRecording;

/**
 * The spikes of {@code neuronCount} neurons, as two parallel arrays sorted by time. Neurons are
 * numbered {@code 0 .. neuronCount-1} (a channel's column order), so silent neurons count. The
 * arrays are wrapped, not copied: do not change them afterwards.
 *
 * @param neurons neuron of each spike, in {@code [0, neuronCount)}
 * @param timesMs time of each spike, ms, non-decreasing
 * @param neuronCount number of neurons observed, silent ones included
 */
public record SpikeTrains(int[] neurons, double[] timesMs, int neuronCount) {

    public SpikeTrains {
        if (neurons.length != timesMs.length) {
            throw new IllegalArgumentException(neurons.length + " neurons for " + timesMs.length + " times");
        }
        if (neuronCount < 0) {
            throw new IllegalArgumentException("negative neuron count " + neuronCount);
        }
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < neurons.length; i++) {
            if (neurons[i] < 0 || neurons[i] >= neuronCount) {
                throw new IllegalArgumentException("spike " + i + " is of neuron " + neurons[i] + ", outside [0, "
                        + neuronCount + ")");
            }
            if (!(timesMs[i] >= last) || Double.isInfinite(timesMs[i])) {
                throw new IllegalArgumentException("spike times must be finite and sorted; spike " + i + " at "
                        + timesMs[i] + " ms follows " + last + " ms");
            }
            last = timesMs[i];
        }
    }

    /**
     * The spikes of a recorded channel, numbered by the channel's column order.
     *
     * @throws IllegalArgumentException when a spike is of a neuron the channel does not record
     */
    public static SpikeTrains of(SpikeRecording r) {
        int[] filter = r.channel().neurons();
        int offset = r.population().offset();
        int[] column = null;
        if (filter != null) {
            column = new int[r.population().size()];
            java.util.Arrays.fill(column, -1);
            for (int i = 0; i < filter.length; i++) {
                column[filter[i]] = i;
            }
        }
        int[] g = r.neurons();
        int[] local = new int[g.length];
        for (int i = 0; i < g.length; i++) {
            int l = g[i] - offset;
            local[i] = column == null || l < 0 || l >= column.length ? l : column[l];
        }
        return new SpikeTrains(local, r.timesMs(), r.neuronCount());
    }

    /** The number of spikes. */
    public int count() {
        return neurons.length;
    }

    /** The index of the first spike at or after {@code tMs} (binary search). */
    public int indexAt(double tMs) {
        return SortedSearch.firstAtOrAfter(timesMs, tMs);
    }

    /** The number of spikes in a window. */
    public int count(TimeWindow w) {
        return indexAt(w.endMs()) - indexAt(w.startMs());
    }
}
