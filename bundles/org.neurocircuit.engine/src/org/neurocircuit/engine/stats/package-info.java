/**
 * Spike-train statistics on {@link org.neurocircuit.engine.stats.SpikeTrains} (a stored
 * channel's spikes or raw arrays), all restricted to a half-open
 * {@link org.neurocircuit.engine.stats.TimeWindow} {@code [t0, t1)} in ms: mean and per-neuron
 * rate (Hz) and the fraction of silent neurons, CV of inter-spike intervals, Fano factor of spike
 * counts, the Golomb–Hansel synchrony χ, the PSTH (population rate histogram), the power spectrum
 * of the population rate (to find population oscillations) and the ISI histogram. Each class documents its convention (which neurons count, which variance).
 * {@link org.neurocircuit.engine.stats.SpikeStatistics} gathers them per channel of a run.
 */
package org.neurocircuit.engine.stats;
