package org.neurocircuit.decode.features;

import java.util.Objects;

/**
 * One recorder channel of a run used as decoder input.
 *
 * @param channel the channel's (recorder's) name
 * @param grouping for a spike channel, a column per recorded neuron or one for the population's
 *                 summed count; state channels always give a column per recorded neuron, rate
 *                 channels one column
 */
public record FeatureSource(String channel, Grouping grouping) {

    /** How a spike channel becomes columns. */
    public enum Grouping {
        /** One column per recorded neuron (silent ones included): its spike count per bin. */
        NEURONS,
        /** One column: the summed spike count of all recorded neurons per bin. */
        POPULATION
    }

    public FeatureSource {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(grouping, "grouping");
    }

    /** A spike channel with a column per neuron (or any state or rate channel). */
    public static FeatureSource perNeuron(String channel) {
        return new FeatureSource(channel, Grouping.NEURONS);
    }

    /** A spike channel's population count. */
    public static FeatureSource population(String channel) {
        return new FeatureSource(channel, Grouping.POPULATION);
    }
}
