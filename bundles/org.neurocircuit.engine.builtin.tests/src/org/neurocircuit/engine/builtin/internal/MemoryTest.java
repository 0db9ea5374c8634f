package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.builtin.bench.BenchmarkNetworks;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.MemoryLimitExceededException;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;

/** Synapse memory stays at or below 16 bytes per synapse, and runs that cannot fit are refused. */
class MemoryTest {

    private static NetworkDescription layout(boolean varWeights, boolean varDelays, Plasticity plasticity) {
        NetworkBuilder b = NetworkBuilder.named("mem");
        int p = b.population("p", 2000, new LifCurrentModel(250, 20, -65, -50, -65, 2, 0), InitialState.DEFAULT);
        Distribution w = varWeights ? new Distribution.Uniform(1, 2) : Distribution.constant(1.5);
        Distribution d = varDelays ? new Distribution.Uniform(0.1, 20) : Distribution.constant(1);
        b.project(new Projection("pp", p, p, new ConnectionRule.FixedProbability(0.05), true, true, w, d,
                Receptor.current(Receptor.Sign.EXCITATORY, 5), plasticity));
        return b.build();
    }

    private static NetworkSummary prepare(NetworkDescription net, int threads) {
        try (BuiltinSession s = new BuiltinSession(RunRequest.of(net, new SimulationSettings(10, 0.1, 1, threads)))) {
            return s.prepare(RunMonitor.NONE);
        }
    }

    @Test
    void everySynapseLayoutFitsSixteenBytes() {
        Plasticity stdp = new Plasticity.Stdp(20, 20, 0.01, 0.01, 0, 5, Plasticity.StdpUpdate.ADDITIVE,
                Plasticity.Pairing.ALL_TO_ALL);
        Object[][] cases = {
            {layout(false, false, Plasticity.NONE), 4.0},
            {layout(true, false, Plasticity.NONE), 8.0},
            {layout(true, true, Plasticity.NONE), 9.0},
            {layout(true, true, new Plasticity.TsodyksMarkram(0.5, 100, 0)), 9.0},
            {layout(true, true, stdp), 13.0},
            {layout(false, false, stdp), 12.0},
        };
        for (Object[] c : cases) {
            for (int threads : new int[] {1, 4}) {
                NetworkSummary s = prepare((NetworkDescription) c[0], threads);
                double perSynapse = (double) c[1];
                System.out.printf("%s, %d threads: %.2f bytes per synapse (%d synapses)%n",
                        ((NetworkDescription) c[0]).projections().get(0).plasticity().getClass().getSimpleName(),
                        threads, s.bytesPerSynapse(), s.synapses());
                assertTrue(s.bytesPerSynapse() <= 16, "at most 16 B per synapse: " + s.bytesPerSynapse());
                // row pointers add 4 B per source per thread: 2000 sources, ~200,000 synapses
                assertEquals(perSynapse, s.bytesPerSynapse(), 0.04 * threads + 0.1);
            }
        }
    }

    @Test
    void cubaUsesAboutFourBytesPerSynapse() {
        NetworkSummary s = prepare(BenchmarkNetworks.cuba(4000, 0.1), 1);
        assertTrue(s.bytesPerSynapse() < 4.2, "bytes per synapse " + s.bytesPerSynapse());
    }

    @Test
    void theEstimateIsCloseAndARunThatCannotFitIsRefused() {
        NetworkDescription net = layout(true, true, Plasticity.NONE);
        RunRequest fits = RunRequest.of(net, new SimulationSettings(10, 0.1, 1, 1));
        try (BuiltinSession s = new BuiltinSession(fits)) {
            MemoryEstimate e = s.estimateMemory();
            NetworkSummary built = s.prepare(RunMonitor.NONE);
            assertTrue(e.bytes() >= built.totalBytes(), "the estimate covers what is built");
            assertTrue(e.bytes() < 4 * built.totalBytes(), "and is not wildly above it");
        }
        RunRequest tight = new RunRequest(net, new SimulationSettings(10, 0.1, 1, 1), 1 << 20);
        try (BuiltinSession s = new BuiltinSession(tight)) {
            MemoryLimitExceededException e = assertThrows(MemoryLimitExceededException.class, () -> s.prepare(RunMonitor.NONE));
            assertTrue(e.getMessage().startsWith("Network 'mem' needs about "), e.getMessage());
            assertTrue(e.getMessage().contains("but the limit is 1.0 MB"), e.getMessage());
            assertTrue(e.getMessage().contains("Largest part: "), e.getMessage());
        }
    }
}
