package org.neurocircuit.engine.results;

import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/**
 * The spikes of one spike channel, ordered by step, then by neuron. The arrays are freshly read
 * and belong to the caller; they are not copied again.
 *
 * @param channel the channel (its population, its neuron filter)
 * @param population the recorded population
 * @param dt time step, ms
 * @param neurons global index of each spike's neuron
 * @param steps step of each spike: a spike emitted while integrating step n carries n + 1, so
 *              its time is {@code steps[i] * dt}
 */
public record SpikeRecording(Channel channel, PopulationInfo population, double dt, int[] neurons, int[] steps) {

    public SpikeRecording {
        if (neurons.length != steps.length) {
            throw new IllegalArgumentException(neurons.length + " neurons for " + steps.length + " steps");
        }
    }

    /** The number of spikes. */
    public int count() {
        return neurons.length;
    }

    /** The time of spike {@code i}, ms. */
    public double timeMs(int i) {
        return steps[i] * dt;
    }

    /** The times of all spikes, ms (a new array). */
    public double[] timesMs() {
        double[] t = new double[steps.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = steps[i] * dt;
        }
        return t;
    }

    /** Global indices of the recorded neurons, in the channel's order. */
    public int[] recordedNeurons() {
        int[] filter = channel.neurons();
        if (filter == null) {
            filter = new int[population.size()];
            for (int i = 0; i < filter.length; i++) {
                filter[i] = i;
            }
        }
        for (int i = 0; i < filter.length; i++) {
            filter[i] += population.offset();
        }
        return filter;
    }

    /** How many neurons the channel records (silent ones included). */
    public int neuronCount() {
        int[] filter = channel.neurons();
        return filter == null ? population.size() : filter.length;
    }
}
