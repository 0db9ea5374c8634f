package org.neurocircuit.engine.cost;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;

/**
 * Counts what a circuit costs without building it. Neurons and synapses are counted from the
 * model, so an incomplete circuit still gets figures for what it has; the memory comes from the
 * circuit's backend when the circuit lowers and that backend is installed, otherwise from
 * {@link MemoryModel}. Reads the model only: call it on a copy, or where the model cannot change.
 */
public final class CircuitCost {

    /** The {@link CostReport#memorySource()} of the built-in fallback model. */
    public static final String MODEL_SOURCE = "model";

    private CircuitCost() {
    }

    /** The cost of {@code circuit}, memory from the platform's backends. */
    public static CostReport of(Circuit circuit) {
        return of(circuit, BackendRegistry.getDefault());
    }

    /** The cost of {@code circuit}, memory from {@code backends} (may be empty). */
    public static CostReport of(Circuit circuit, BackendRegistry backends) {
        List<String> uncounted = new ArrayList<>();
        List<Population> populations = circuit.allPopulations();
        Map<Population, Integer> index = new IdentityHashMap<>();
        long neurons = 0;
        for (Population p : populations) {
            index.put(p, index.size());
            if (p.getSize() < 0) {
                uncounted.add("Population '" + Names.path(p) + "' has negative size " + p.getSize());
            } else {
                neurons += p.getSize();
            }
        }
        Map<Population, NeuronPositions> placed = new IdentityHashMap<>();
        SynapseCounts counts = new SynapseCounts(p -> placed.computeIfAbsent(p,
                q -> NeuronPositions.of(q, index.getOrDefault(q, -1), circuit.getSeed())), uncounted);
        List<ProjectionCost> costs = new ArrayList<>();
        List<Projection> counted = new ArrayList<>();
        for (Projection projection : circuit.getProjections()) {
            ProjectionCost cost = counts.count(projection);
            if (cost != null) {
                costs.add(cost);
                counted.add(projection);
            }
        }
        Long backendBytes = uncounted.isEmpty() ? backendEstimate(circuit, backends) : null;
        return backendBytes != null
                ? new CostReport(neurons, costs, backendBytes, circuit.getBackendId(), uncounted)
                : new CostReport(neurons, costs, MemoryModel.bytes(circuit, costs, counted), MODEL_SOURCE, uncounted);
    }

    /** The backend's own estimate, or null when the circuit does not lower or the backend is missing. */
    private static Long backendEstimate(Circuit circuit, BackendRegistry backends) {
        try {
            LoweredCircuit lowered = CircuitLowering.lower(circuit);
            SimulationBackendProvider provider = backends.find(lowered.backendId()).orElse(null);
            if (provider == null) {
                return null;
            }
            try (SimulationSession session = provider.createSession(
                    RunRequest.of(lowered.network(), lowered.settings()))) {
                return session.estimateMemory().bytes();
            }
        } catch (RuntimeException invalidOrRefused) {
            // an invalid circuit or a backend that refuses it: the model still gives a figure
            return null;
        }
    }
}
