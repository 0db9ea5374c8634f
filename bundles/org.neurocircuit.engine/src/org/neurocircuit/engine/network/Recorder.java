package org.neurocircuit.engine.network;

/** What a run records from one population. Neuron indices are local to the population. */
public sealed interface Recorder {

    /** The user-visible name, unique among recorders. */
    String name();

    /** Index of the recorded population. */
    int population();

    /**
     * Spikes of all neurons of the population, or of a subset.
     * @param name user-visible name
     * @param population population index
     * @param neurons local neuron indices, or {@code null} for all
     */
    record Spikes(String name, int population, int[] neurons) implements Recorder {
        public Spikes { neurons = neurons == null ? null : neurons.clone(); }
        @Override public int[] neurons() { return neurons == null ? null : neurons.clone(); }
    }

    /**
     * A state variable sampled every {@code interval}.
     * @param name user-visible name
     * @param population population index
     * @param variable the variable (unit: see {@link StateVariable})
     * @param interval sampling interval, ms (a whole number of time steps)
     * @param neurons local neuron indices, or {@code null} for all
     */
    record State(String name, int population, StateVariable variable, double interval,
            int[] neurons) implements Recorder {
        public State { neurons = neurons == null ? null : neurons.clone(); }
        @Override public int[] neurons() { return neurons == null ? null : neurons.clone(); }
    }

    /**
     * The population rate (spikes per neuron per second) in consecutive bins.
     * @param name user-visible name
     * @param population population index
     * @param bin bin width, ms (a whole number of time steps)
     */
    record Rate(String name, int population, double bin) implements Recorder {
    }
}
