package org.neurocircuit.engine.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@link NetworkDescription} and validates it on {@link #build()}.
 *
 * <pre>{@code
 * NetworkBuilder b = NetworkBuilder.named("cuba");
 * int exc = b.population("exc", 3200, lif, init);
 * b.project(Projection.of("ee", exc, exc, new ConnectionRule.FixedProbability(0.02),
 *         Distribution.constant(16.2), Distribution.constant(0.1),
 *         Receptor.current(Receptor.Sign.EXCITATORY, 5)));
 * b.record(new Recorder.Spikes("exc_spikes", exc, null));
 * NetworkDescription net = b.build();
 * }</pre>
 */
public final class NetworkBuilder {

    private final String name;
    private final List<Population> populations = new ArrayList<>();
    private final List<Projection> projections = new ArrayList<>();
    private final List<Stimulus> stimuli = new ArrayList<>();
    private final List<Recorder> recorders = new ArrayList<>();

    private NetworkBuilder(String name) {
        this.name = name;
    }

    /** A builder for a network with this name. */
    public static NetworkBuilder named(String name) {
        return new NetworkBuilder(name);
    }

    /** Adds a population; returns its index. */
    public int population(Population p) {
        populations.add(p);
        return populations.size() - 1;
    }

    /** Adds a population without layout; returns its index. */
    public int population(String popName, int size, NeuronModel model, InitialState initial) {
        return population(new Population(popName, size, model, initial, Layout.NONE));
    }

    /** Adds a projection. */
    public NetworkBuilder project(Projection p) {
        projections.add(p);
        return this;
    }

    /** Adds a stimulus. */
    public NetworkBuilder stimulus(Stimulus s) {
        stimuli.add(s);
        return this;
    }

    /** Adds a recorder; returns its index. */
    public int record(Recorder r) {
        recorders.add(r);
        return recorders.size() - 1;
    }

    /** The index of the population with this name, or -1. */
    public int populationIndex(String popName) {
        for (int i = 0; i < populations.size(); i++) {
            if (populations.get(i).name().equals(popName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The description.
     *
     * @throws InvalidNetworkException listing every problem, if there are any
     */
    public NetworkDescription build() {
        NetworkDescription net = new NetworkDescription(name, populations, projections, stimuli,
                recorders);
        List<Problem> problems = NetworkValidator.validate(net);
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        return net;
    }
}
