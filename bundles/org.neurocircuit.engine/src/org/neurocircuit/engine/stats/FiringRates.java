package org.neurocircuit.engine.stats;

/** Firing rates in a window, Hz (spikes per neuron per second), silent neurons included. */
public final class FiringRates {

    private FiringRates() {
    }

    /** The mean rate of the neurons: spikes / (neurons × window duration); NaN without neurons. */
    public static double meanHz(SpikeTrains s, TimeWindow w) {
        return s.neuronCount() == 0 ? Double.NaN : s.count(w) / (s.neuronCount() * w.durationSeconds());
    }

    /** The rate of each neuron, Hz. */
    public static double[] perNeuronHz(SpikeTrains s, TimeWindow w) {
        int[] counts = countsPerNeuron(s, w);
        double[] r = new double[counts.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = counts[i] / w.durationSeconds();
        }
        return r;
    }

    /** The fraction of neurons without a spike in the window; NaN without neurons. */
    public static double silentFraction(SpikeTrains s, TimeWindow w) {
        if (s.neuronCount() == 0) {
            return Double.NaN;
        }
        int silent = 0;
        for (int c : countsPerNeuron(s, w)) {
            if (c == 0) {
                silent++;
            }
        }
        return silent / (double) s.neuronCount();
    }

    /** The number of spikes of each neuron in the window. */
    public static int[] countsPerNeuron(SpikeTrains s, TimeWindow w) {
        int[] counts = new int[s.neuronCount()];
        int[] neurons = s.neurons();
        for (int i = s.indexAt(w.startMs()), end = s.indexAt(w.endMs()); i < end; i++) {
            counts[neurons[i]]++;
        }
        return counts;
    }
}
