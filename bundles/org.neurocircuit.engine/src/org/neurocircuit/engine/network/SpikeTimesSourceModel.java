package org.neurocircuit.engine.network;

import java.util.Arrays;

/**
 * A population of sources that emit given spike times. Each time is rounded to the nearest time
 * step; several spikes of one source in one step count once.
 *
 * @param times per source neuron (outer index), its spike times in ms, sorted ascending; the
 *              number of rows is the population size
 */
public record SpikeTimesSourceModel(double[][] times) implements NeuronModel {

    public SpikeTimesSourceModel {
        times = deepCopy(times);
    }

    /** A deep copy of the spike times, in ms. */
    @Override
    public double[][] times() {
        return deepCopy(times);
    }

    /** The number of source neurons. */
    public int size() {
        return times.length;
    }

    /** The spike times of one source neuron, ms (a copy). */
    public double[] timesOf(int neuron) {
        return times[neuron].clone();
    }

    private static double[][] deepCopy(double[][] t) {
        double[][] copy = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            copy[i] = Arrays.copyOf(t[i], t[i].length);
        }
        return copy;
    }

    @Override
    public String kind() {
        return "spike-time source";
    }

    @Override
    public boolean acceptsInput() {
        return false;
    }

    @Override
    public boolean has(StateVariable variable) {
        return false;
    }
}
