package org.neurocircuit.decode.features;

import org.neurocircuit.engine.stats.Psth;
import org.neurocircuit.engine.stats.SpikeTrains;

/** Spike counts per bin, per neuron or for the whole population. */
public final class SpikeBinning {

    private SpikeBinning() {
    }

    /**
     * The count of every neuron in every bin: {@code bins × neuronCount} values, row-major,
     * columns in the trains' neuron order (silent neurons give columns of zeros).
     */
    public static double[] perNeuron(SpikeTrains s, BinGrid g) {
        int n = s.neuronCount();
        double[] counts = new double[Math.multiplyExact(g.bins(), n)];
        double[] times = s.timesMs();
        int[] neurons = s.neurons();
        for (int i = s.indexAt(g.startMs()), end = s.indexAt(g.endMs()); i < end; i++) {
            int b = g.binOf(times[i]);
            if (b >= 0) {
                counts[b * n + neurons[i]]++;
            }
        }
        return counts;
    }

    /** The summed count of all neurons in every bin (the PSTH of the grid's window). */
    public static double[] population(SpikeTrains s, BinGrid g) {
        int[] counts = Psth.of(s, g.window(), g.binMs()).counts();
        double[] v = new double[g.bins()];
        for (int b = 0; b < v.length; b++) {
            v[b] = counts[b];
        }
        return v;
    }
}
