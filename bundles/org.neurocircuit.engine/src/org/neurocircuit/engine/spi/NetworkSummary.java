package org.neurocircuit.engine.spi;

/**
 * What a prepared session built.
 *
 * @param neurons number of neurons
 * @param synapses number of synapses
 * @param synapseBytes bytes held by the synapse tables (targets, weights, delays, plasticity
 *                     state, row pointers)
 * @param totalBytes bytes of all compiled network state (synapses, neuron state, buffers)
 * @param buildNanos time spent compiling, ns
 * @param threads worker threads the run will use
 */
public record NetworkSummary(int neurons, long synapses, long synapseBytes, long totalBytes,
        long buildNanos, int threads) {

    /** Synapse table bytes per synapse, or 0 without synapses. */
    public double bytesPerSynapse() {
        return synapses == 0 ? 0 : (double) synapseBytes / synapses;
    }
}
