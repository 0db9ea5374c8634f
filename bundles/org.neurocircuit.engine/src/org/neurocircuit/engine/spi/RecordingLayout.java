package org.neurocircuit.engine.spi;

import java.util.List;

import org.neurocircuit.engine.network.StateVariable;

/**
 * What a run will record, given to {@link RecordingSink#open(RecordingLayout)} before the
 * first data so that a writer can lay out its columns.
 *
 * @param networkName the network's name
 * @param dt time step, ms; every time in the data is {@code step * dt}
 * @param steps number of steps of the run (times run from 0 to {@code steps * dt})
 * @param populations the populations, in global numbering order
 * @param channels one channel per recorder, in the network's recorder order
 */
public record RecordingLayout(String networkName, double dt, int steps,
        List<PopulationInfo> populations, List<Channel> channels) {

    public RecordingLayout {
        populations = List.copyOf(populations);
        channels = List.copyOf(channels);
    }

    /** A population's place in the global numbering.
     * @param name its name
     * @param offset global index of its first neuron
     * @param size number of neurons */
    public record PopulationInfo(String name, int offset, int size) {
    }

    /** What a recorder delivers. */
    public enum Kind {
        /** {@link RecordingSink#spikes}. */
        SPIKES,
        /** {@link RecordingSink#samples}. */
        STATE,
        /** {@link RecordingSink#rates}. */
        RATE
    }

    /**
     * One recorder's channel.
     *
     * @param index the channel index used in sink calls (the recorder's index)
     * @param name the recorder's name
     * @param kind what it delivers
     * @param population the recorded population's index
     * @param variable the sampled variable ({@code null} unless {@link Kind#STATE})
     * @param unit unit of sampled values (mV, pA, nS, Hz); "Hz" for rates; "" for spikes
     * @param intervalSteps sampling interval (STATE) or bin width (RATE) in steps; 1 for spikes
     * @param neurons local indices of the recorded neurons, in column order (STATE) or as the
     *                filter (SPIKES); all neurons of the population when {@code null}
     */
    public record Channel(int index, String name, Kind kind, int population,
            StateVariable variable, String unit, int intervalSteps, int[] neurons) {
        public Channel {
            neurons = neurons == null ? null : neurons.clone();
        }

        @Override
        public int[] neurons() {
            return neurons == null ? null : neurons.clone();
        }
    }
}
