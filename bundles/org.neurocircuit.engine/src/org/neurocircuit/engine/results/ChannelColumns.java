package org.neurocircuit.engine.results;

/**
 * The files of one channel and how many records they hold.
 *
 * @param values file of the values: neuron indices (spikes), samples (state) or rates (rate)
 * @param steps file of the step of each record; {@code null} for a rate channel, whose bins
 *              are consecutive from 0
 * @param records records written; while running (or when interrupted) the count at open, 0
 */
public record ChannelColumns(String values, String steps, long records) {
}
