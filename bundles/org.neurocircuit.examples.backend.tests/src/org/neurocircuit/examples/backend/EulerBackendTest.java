package org.neurocircuit.examples.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.MemoryLimitExceededException;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;

/** The example backend: found through its contribution, correct on the LIF f-I curve, honest about what it cannot do. */
class EulerBackendTest {

    private static final LifCurrentModel LIF = new LifCurrentModel(250, 10, -65, -50, -65, 2, 0);

    /** Collects spikes and rates, checking the sink contract's order. */
    private static final class Collect implements RecordingSink {
        final List<int[]> spikes = new ArrayList<>();
        final List<Float> rates = new ArrayList<>();
        Completion completion;
        int lastStep;

        @Override
        public void open(RecordingLayout layout) {
        }

        @Override
        public void spikes(int channel, int count, int[] neurons, int[] steps) {
            for (int i = 0; i < count; i++) {
                assertTrue(steps[i] >= lastStep, "spikes come in step order");
                lastStep = steps[i];
                spikes.add(new int[] {neurons[i], steps[i]});
            }
        }

        @Override
        public void samples(int channel, int step, float[] values) {
        }

        @Override
        public void rates(int channel, int firstBin, int count, float[] ratesHz) {
            assertEquals(rates.size(), firstBin, "bins come without gaps");
            for (int i = 0; i < count; i++) {
                rates.add(ratesHz[i]);
            }
        }

        @Override
        public void close(Completion how, String reason) {
            completion = how;
        }
    }

    @Test
    void theContributionIsFoundThroughTheExtensionPoint() {
        BackendRegistry registry = BackendRegistry.getDefault();
        assertEquals("Example: forward-Euler LIF", registry.descriptor("example-euler").orElseThrow().label());
        assertTrue(registry.get("example-euler") instanceof EulerBackendProvider);
    }

    @Test
    void aDcDrivenLifFiresAtTheAnalyticRate() {
        double current = 500; // pA: V_inf = -65 + 500 pA * 40 MOhm = -45 mV, above threshold
        NetworkBuilder b = NetworkBuilder.named("fi");
        int p = b.population("lif", 1, LIF, InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(-65)));
        b.stimulus(new Stimulus.Dc("dc", List.of(p), current, 0, Double.POSITIVE_INFINITY));
        b.record(new Recorder.Spikes("spikes", p, null));
        Collect sink = run(b.build(), new SimulationSettings(2000, 0.001, 1, 1));
        double r = LIF.tauM() / LIF.cm();
        double vInf = LIF.eL() + r * current;
        double period = LIF.tRef() + LIF.tauM() * Math.log((vInf - LIF.vReset()) / (vInf - LIF.vTh()));
        double expected = 1000 / period;
        double measured = sink.spikes.size() / 2.0;
        assertEquals(expected, measured, 0.01 * expected, "rate in Hz (forward Euler at dt 1 us)");
        assertEquals(Completion.COMPLETE, sink.completion);
    }

    @Test
    void poissonDrivenNetworkRecordsSpikesAndRates() {
        NetworkBuilder b = NetworkBuilder.named("driven");
        int in = b.population("in", 100, new PoissonSourceModel(20), InitialState.DEFAULT);
        int out = b.population("out", 20, LIF, InitialState.DEFAULT);
        b.project(Projection.of("drive", in, out, new ConnectionRule.FixedProbability(0.5), Distribution.constant(300),
                Distribution.constant(1), Receptor.current(Receptor.Sign.EXCITATORY, 2)));
        b.record(new Recorder.Spikes("out_spikes", out, null));
        b.record(new Recorder.Rate("out_rate", out, 10));
        Collect sink = run(b.build(), new SimulationSettings(500, 0.1, 3, 1));
        assertTrue(sink.spikes.size() > 100, "the driven neurons fire: " + sink.spikes.size());
        assertEquals(50, sink.rates.size(), "one rate per 10 ms bin");
        double fromSpikes = sink.spikes.size() / 20.0 / 0.5;
        double fromRates = sink.rates.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
        assertEquals(fromSpikes, fromRates, 1e-3 * fromSpikes, "rates agree with the spikes, Hz");
    }

    @Test
    void unsupportedElementsAreNamedAndRefused() {
        NetworkBuilder b = NetworkBuilder.named("mixed");
        int lif = b.population("E", 10, LIF, InitialState.DEFAULT);
        int adex = b.population("A", 10, new AdExModel(281, 30, -70.6, -50.4, 2, 0, -70.6, 4, 80.5, 144, 0, 0),
                InitialState.DEFAULT);
        b.project(Projection.of("EA", lif, adex, new ConnectionRule.FixedInDegree(2), Distribution.constant(1),
                Distribution.constant(1), Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0)));
        b.record(new Recorder.State("vm", lif, StateVariable.V, 1, null));
        NetworkDescription net = b.build();
        SupportReport report = new EulerBackendProvider().supports(net);
        List<String> elements = report.unsupported().stream().map(SupportReport.Unsupported::element).toList();
        assertTrue(elements.contains("population 'A'") && elements.contains("projection 'EA'")
                && elements.contains("recorder 'vm'"), report.toString());
        assertThrows(RuntimeException.class, () -> new EulerBackendProvider()
                .createSession(RunRequest.of(net, new SimulationSettings(10, 0.1, 1, 1))));
    }

    @Test
    void overTheLimitIsRefusedBeforeBuilding() {
        NetworkBuilder b = NetworkBuilder.named("big");
        int p = b.population("E", 1000, LIF, InitialState.DEFAULT);
        b.project(Projection.of("EE", p, p, new ConnectionRule.AllToAll(), Distribution.constant(1),
                Distribution.constant(1), Receptor.current(Receptor.Sign.EXCITATORY, 2)));
        RunRequest request = new RunRequest(b.build(), new SimulationSettings(10, 0.1, 1, 1), 1 << 20);
        try (SimulationSession s = new EulerBackendProvider().createSession(request)) {
            assertEquals(1_000_000, s.estimateMemory().synapses());
            MemoryLimitExceededException e = assertThrows(MemoryLimitExceededException.class,
                    () -> s.prepare(RunMonitor.NONE));
            assertTrue(e.getMessage().contains("needs about") && e.getMessage().contains("1.0 MB"), e.getMessage());
        }
    }

    private static Collect run(NetworkDescription net, SimulationSettings settings) {
        Collect sink = new Collect();
        try (SimulationSession s = new EulerBackendProvider().createSession(RunRequest.of(net, settings))) {
            s.prepare(RunMonitor.NONE);
            RunSummary summary = s.run(sink, RunMonitor.NONE);
            assertEquals(settings.steps(), summary.steps());
        }
        return sink;
    }
}
