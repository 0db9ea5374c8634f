package org.neurocircuit.engine.results;

import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/**
 * The population rate of one rate channel in consecutive bins from time 0. Bin {@code b} covers
 * steps {@code [b k, (b+1) k)} for a bin of {@code k = channel.intervalSteps()} steps.
 *
 * @param channel the channel
 * @param population the recorded population
 * @param dt time step, ms
 * @param ratesHz the rate of each bin, Hz (spikes per neuron per second); freshly read
 */
public record RateRecording(Channel channel, PopulationInfo population, double dt, float[] ratesHz) {

    /** The number of bins. */
    public int bins() {
        return ratesHz.length;
    }

    /** The bin width, ms. */
    public double binMs() {
        return channel.intervalSteps() * dt;
    }

    /** The start of bin {@code b}, ms. */
    public double binStartMs(int b) {
        return (long) b * channel.intervalSteps() * dt;
    }
}
