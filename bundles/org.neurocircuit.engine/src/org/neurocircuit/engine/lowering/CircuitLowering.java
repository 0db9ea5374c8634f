package org.neurocircuit.engine.lowering;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.model.Circuit;

/** Entry point of the lowering: one EMF circuit in, one network description and its settings out. */
public final class CircuitLowering {

    private CircuitLowering() {
    }

    /**
     * Lowers {@code circuit}.
     *
     * @throws InvalidNetworkException listing every element the description cannot express, each
     *         named with its kind and region path and the fix
     */
    public static LoweredCircuit lower(Circuit circuit) {
        Problems problems = new Problems();
        Map<org.neurocircuit.model.Population, Integer> indices = new IdentityHashMap<>();
        List<org.neurocircuit.model.Population> modelPopulations = circuit.allPopulations();
        PopulationLowering populationLowering = new PopulationLowering(problems, circuit.getSeed());
        List<Population> populations = new ArrayList<>();
        for (org.neurocircuit.model.Population population : modelPopulations) {
            indices.put(population, populations.size());
            populations.add(populationLowering.lower(population, populations.size()));
        }

        ProjectionLowering projectionLowering = new ProjectionLowering(problems, indices);
        List<Projection> projections = new ArrayList<>();
        circuit.getProjections().forEach(projection -> addIfPresent(projections, projectionLowering.lower(projection)));

        SignalLowering signals = new SignalLowering(problems, indices, projectionLowering);
        List<Stimulus> stimuli = new ArrayList<>();
        circuit.getStimuli().forEach(stimulus -> addIfPresent(stimuli, signals.stimulus(stimulus)));
        List<Recorder> recorders = new ArrayList<>();
        circuit.getRecorders().forEach(recorder -> recorders.addAll(signals.recorders(recorder)));

        problems.throwIfAny();
        NetworkDescription network = new NetworkDescription(circuit.getName(), populations, projections, stimuli, recorders);
        SimulationSettings settings = new SimulationSettings(circuit.getDuration(), circuit.getDt(), circuit.getSeed(),
                circuit.getThreads());
        return new LoweredCircuit(network, settings, circuit.getBackendId());
    }

    private static <T> void addIfPresent(List<T> list, T element) {
        if (element != null) {
            list.add(element);
        }
    }
}
