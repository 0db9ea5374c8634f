package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.builtin.bench.BenchmarkNetworks;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationSession;

/** Provider, session lifecycle, layout given to the sink, progress and cancellation. */
class RunLifecycleTest {

    @Test
    void cancellationStopsPromptlyAndClosesTheSinkAsCancelled() {
        for (int threads : new int[] {1, 2}) {
            long[] worked = {0};
            RunMonitor cancelAt200ms = new RunMonitor() {
                @Override
                public void begin(String task, long totalWork) {
                    assertEquals(10_000, totalWork);
                }

                @Override
                public void worked(long units) {
                    worked[0] += units;
                }

                @Override
                public boolean isCancelled() {
                    return worked[0] >= 2000;
                }
            };
            Sim sim = Sim.run(BenchmarkNetworks.cuba(4000, 0.1), new SimulationSettings(1000, 0.1, 1, threads), cancelAt200ms);
            assertEquals(Completion.CANCELLED, sim.summary.completion());
            assertEquals(Completion.CANCELLED, sim.sink.completion);
            assertEquals(2000, sim.summary.steps());
            assertTrue(sim.sink.reason.contains("cancelled at 200"), sim.sink.reason);
            int[] steps = sim.sink.steps(0);
            assertTrue(steps.length > 0 && steps[steps.length - 1] <= 2000);
        }
    }

    @Test
    void providerSessionAndLayout() {
        BuiltinBackendProvider provider = new BuiltinBackendProvider();
        assertEquals("builtin", provider.id());
        assertTrue(provider.isAvailable().available());
        var net = BenchmarkNetworks.coba(1000, 0.1);
        assertTrue(provider.supports(net).isFullySupported());
        try (SimulationSession s = provider.createSession(RunRequest.of(net, new SimulationSettings(50, 0.1, 3, 1)))) {
            assertThrows(IllegalStateException.class, () -> s.run(new CollectingSink(), RunMonitor.NONE));
            var built = s.prepare(RunMonitor.NONE);
            assertEquals(1000, built.neurons());
            CollectingSink sink = new CollectingSink();
            var summary = s.run(sink, RunMonitor.NONE);
            assertEquals(Completion.COMPLETE, sink.completion);
            assertEquals(500, summary.steps());
            RecordingLayout l = sink.layout;
            assertEquals(0.1, l.dt());
            assertEquals(500, l.steps());
            assertEquals(800, l.populations().get(1).offset());
            assertEquals(RecordingLayout.Kind.SPIKES, l.channels().get(0).kind());
            assertEquals(summary.spikes(), sink.neurons(0).length + sink.neurons(1).length);
            assertThrows(IllegalStateException.class, () -> s.run(new CollectingSink(), RunMonitor.NONE));
        }
    }
}
