package org.neurocircuit.engine.network;

import java.util.List;

/**
 * A whole network, flat and immutable. Neurons are numbered globally: population {@code p}
 * occupies {@code [offset(p), offset(p) + size)}.
 *
 * <p>Construct through {@link NetworkBuilder} (which validates), or validate a directly
 * constructed description with {@link NetworkValidator}.
 *
 * @param name the network's user-visible name
 * @param populations populations in global numbering order
 * @param projections projections
 * @param stimuli stimuli
 * @param recorders recorders
 */
public record NetworkDescription(String name, List<Population> populations,
        List<Projection> projections, List<Stimulus> stimuli, List<Recorder> recorders) {

    public NetworkDescription {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        stimuli = List.copyOf(stimuli);
        recorders = List.copyOf(recorders);
    }

    /** The global index of the first neuron of population {@code p}. */
    public int offset(int p) {
        int o = 0;
        for (int i = 0; i < p; i++) {
            o += populations.get(i).size();
        }
        return o;
    }

    /** The total number of neurons. */
    public int neuronCount() {
        long n = 0;
        for (Population p : populations) {
            n += p.size();
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** The index of the population with this name, or -1. */
    public int populationIndex(String populationName) {
        for (int i = 0; i < populations.size(); i++) {
            if (populations.get(i).name().equals(populationName)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the recorder with this name, or -1. */
    public int recorderIndex(String recorderName) {
        for (int i = 0; i < recorders.size(); i++) {
            if (recorders.get(i).name().equals(recorderName)) {
                return i;
            }
        }
        return -1;
    }
}
