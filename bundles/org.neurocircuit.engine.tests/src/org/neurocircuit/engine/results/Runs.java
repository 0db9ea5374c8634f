package org.neurocircuit.engine.results;

import java.util.List;

import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/** A small layout with every kind of channel, for the results tests. */
final class Runs {

    static final byte[] CIRCUIT = "<circuit name=\"demo\"/>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Runs() {
    }

    /**
     * Populations E (8 neurons, offset 0) and I (4, offset 8); channels 0: spikes of all E,
     * 1: spikes of I neurons {1, 3}, 2: V of E neurons {0, 5, 7} every 10 steps, 3: rate of I in
     * bins of 50 steps (the name "rate I" is not an identifier).
     */
    static RecordingLayout layout() {
        return new RecordingLayout("demo", 0.1, 1000,
                List.of(new PopulationInfo("E", 0, 8), new PopulationInfo("I", 8, 4)),
                List.of(new Channel(0, "spikesE", Kind.SPIKES, 0, null, "", 1, null),
                        new Channel(1, "spikesI", Kind.SPIKES, 1, null, "", 1, new int[] {1, 3}),
                        new Channel(2, "vE", Kind.STATE, 0, StateVariable.V, "mV", 10, new int[] {0, 5, 7}),
                        new Channel(3, "rate I", Kind.RATE, 1, null, "Hz", 50, null)));
    }

    /** A layout with one spike channel over {@code n} neurons. */
    static RecordingLayout spikesOnly(int n, int steps) {
        return new RecordingLayout("big", 0.1, steps, List.of(new PopulationInfo("P", 0, n)),
                List.of(new Channel(0, "spikesP", Kind.SPIKES, 0, null, "", 1, null)));
    }

    static RunProvenance provenance() {
        return new RunProvenance("demo", 42, 100, 2, "builtin", "0.1.0", List.of("w1"));
    }
}
