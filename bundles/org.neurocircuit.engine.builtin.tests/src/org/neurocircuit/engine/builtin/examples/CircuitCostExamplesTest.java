package org.neurocircuit.engine.builtin.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.cost.CircuitCost;
import org.neurocircuit.engine.cost.CostReport;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.examples.ReferenceCircuits;

/** The cost preview of the reference circuits against the papers' figures and what the engine builds. */
class CircuitCostExamplesTest {

    private static CostReport cost(String id, BackendRegistry backends) {
        return CircuitCost.of(ReferenceCircuits.byId(id).orElseThrow().create(), backends);
    }

    private static BackendRegistry builtin() {
        BackendRegistry registry = new BackendRegistry(message -> { });
        registry.register(new BuiltinBackendProvider());
        return registry;
    }

    @Test
    void brunelHas12500NeuronsWith1250InputsEach() {
        CostReport report = cost("brunel2000_AI", builtin());
        assertTrue(report.complete(), report.uncounted().toString());
        assertEquals(12_500 + neuronsOfSources("brunel2000_AI"), report.neurons());
        assertEquals(12_500L * (1000 + 250), report.synapses());
        assertEquals("builtin", report.memorySource());
    }

    @Test
    void cobaConnectsTwoPercentOfAllPairs() {
        CostReport report = cost("vogels_abbott_coba", builtin());
        assertTrue(report.complete(), report.uncounted().toString());
        assertEquals(4000, report.neurons());
        assertEquals(0.02 * 4000 * 4000, report.expectedSynapses(), 1e-6);
    }

    @Test
    void fullMicrocircuitHasAbout299MillionSynapses() {
        CostReport report = cost("potjans_diesmann_2014", builtin());
        assertTrue(report.complete(), report.uncounted().toString());
        assertEquals(77_169, report.neurons());
        assertEquals(299e6, report.expectedSynapses(), 0.01 * 299e6);
        // the engine's peak: 9 B per final synapse (normal weights and delays), neurons, and the
        // transient buffers of the largest projection while it is generated
        double perSynapse = (double) report.memoryBytes() / report.synapses();
        assertTrue(perSynapse > 9 && perSynapse < 16, "bytes per synapse " + perSynapse);
        System.out.printf("microcircuit full scale: %s%n", report.summary());
    }

    /** The 10 % microcircuit: the preview equals the synapses the engine builds, and its memory is the engine's estimate. */
    @Test
    void smallMicrocircuitPreviewMatchesWhatTheEngineBuilds() {
        Circuit circuit = ReferenceCircuits.byId("potjans_diesmann_2014_10pct").orElseThrow().create();
        CostReport report = CircuitCost.of(circuit, builtin());
        LoweredCircuit lowered = CircuitLowering.lower(circuit);
        try (SimulationSession session = new BuiltinBackendProvider().createSession(
                RunRequest.of(lowered.network(), lowered.settings()))) {
            MemoryEstimate estimate = session.estimateMemory();
            NetworkSummary built = session.prepare(RunMonitor.NONE);
            assertEquals(built.neurons(), report.neurons());
            assertEquals(built.synapses(), report.synapses());
            assertEquals(estimate.bytes(), report.memoryBytes());
            System.out.printf("microcircuit 10 %%: preview %,d synapses, built %,d; memory %s (engine estimate %s)%n",
                    report.synapses(), built.synapses(), MemoryEstimate.human(report.memoryBytes()),
                    MemoryEstimate.human(estimate.bytes()));
        }
    }

    @Test
    void withoutABackendTheModelGivesTheSameBytesPerSynapseAsTheEngine() {
        CostReport model = cost("potjans_diesmann_2014_10pct", new BackendRegistry(message -> { }));
        CostReport engine = cost("potjans_diesmann_2014_10pct", builtin());
        assertEquals(CircuitCost.MODEL_SOURCE, model.memorySource());
        assertEquals(engine.synapses(), model.synapses());
        assertEquals(engine.memoryBytes(), model.memoryBytes(), 0.05 * engine.memoryBytes());
    }

    private static int neuronsOfSources(String id) {
        return ReferenceCircuits.byId(id).orElseThrow().create().allPopulations().stream()
                .filter(p -> p.getNeuronModel() instanceof org.neurocircuit.model.PoissonSource)
                .mapToInt(org.neurocircuit.model.Population::getSize).sum();
    }
}
