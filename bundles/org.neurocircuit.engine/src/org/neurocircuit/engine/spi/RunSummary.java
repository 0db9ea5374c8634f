package org.neurocircuit.engine.spi;

/**
 * What a run did.
 *
 * @param completion how it ended
 * @param reason why it did not complete (empty when complete)
 * @param steps time steps simulated
 * @param spikes spikes emitted by all neurons (recorded or not)
 * @param synapticEvents spike deliveries to synapses
 * @param wallNanos wall-clock time of the main loop, ns
 * @param cpuNanos CPU time of the main loop summed over its threads, ns
 */
public record RunSummary(Completion completion, String reason, int steps, long spikes,
        long synapticEvents, long wallNanos, long cpuNanos) {
}
