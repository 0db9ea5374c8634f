package org.neurocircuit.engine.builtin.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.stats.FiringRates;
import org.neurocircuit.engine.stats.IsiStatistics;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.examples.ReferenceCircuits;

/**
 * The CUBA and COBA example circuits, as a user runs them (builder, lowering, built-in backend),
 * against Brian2 on the same circuits. Statistics follow the reference script: rate over all 4000
 * neurons, mean CV of ISI over neurons with at least 3 spikes (population sd), fraction without a
 * spike. Over three seeds the mean rate must lie within 2 of Brian2's seed-to-seed sd of its mean
 * (both are means of a few seeds); CV and silent fraction within the stated absolute tolerances,
 * which are about 4 Brian2 sd (our 3-seed means vary as much as its single seeds).
 */
class VogelsAbbottExamplesTest {

    private static final int SEEDS = 3;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "vogels_abbott_cuba, CUBA, 0.05, 0.06", "vogels_abbott_coba, COBA, 0.12, 0.05" })
    void exampleMatchesBrian2(String exampleId, String model, double cvTolerance, double silentTolerance) {
        Brian2Reference reference = Brian2Reference.load();
        double rate = 0;
        double cv = 0;
        double silent = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            SpikeTrains trains = run(exampleId, seed);
            TimeWindow window = TimeWindow.ofSteps(0.1, 10_000);
            double seedRate = FiringRates.meanHz(trains, window);
            double seedCv = IsiStatistics.meanCv(trains, window).mean();
            double seedSilent = FiringRates.silentFraction(trains, window);
            System.out.printf("%s seed %d: %.2f Hz, CV %.3f, silent %.3f%n", model, seed, seedRate, seedCv, seedSilent);
            rate += seedRate / SEEDS;
            cv += seedCv / SEEDS;
            silent += seedSilent / SEEDS;
        }
        Brian2Reference.Value brianRate = reference.get(model, "rate_hz");
        assertEquals(brianRate.mean(), rate, 2 * brianRate.sd(), model + " rate (Hz)");
        assertEquals(reference.get(model, "cv_isi").mean(), cv, cvTolerance, model + " CV of ISI");
        assertEquals(reference.get(model, "fraction_silent").mean(), silent, silentTolerance, model + " fraction silent");
    }

    /** All spikes of the circuit's spike recorders, as trains over the 4000 neurons. */
    private static SpikeTrains run(String exampleId, long seed) {
        LoweredCircuit lowered = CircuitLowering.lower(ReferenceCircuits.byId(exampleId).orElseThrow().create());
        SimulationSettings settings = lowered.settings().withSeed(seed);
        SpikeCollector collector = new SpikeCollector();
        SimulationSession session = new BuiltinBackendProvider().createSession(new RunRequest(lowered.network(), settings, 0));
        session.prepare(RunMonitor.NONE);
        session.run(collector, RunMonitor.NONE);
        session.finish();
        return collector.trains(lowered.network().neuronCount(), settings.dt());
    }

    /** Keeps the spikes of every spike channel; the examples record each population once. */
    private static final class SpikeCollector extends NullSink {
        private final List<int[]> neurons = new ArrayList<>();
        private final List<int[]> steps = new ArrayList<>();

        @Override
        public void spikes(int channel, int count, int[] neuronIndices, int[] stepIndices) {
            neurons.add(Arrays.copyOf(neuronIndices, count));
            steps.add(Arrays.copyOf(stepIndices, count));
        }

        SpikeTrains trains(int neuronCount, double dt) {
            int total = neurons.stream().mapToInt(a -> a.length).sum();
            long[] keyed = new long[total];
            int k = 0;
            for (int b = 0; b < neurons.size(); b++) {
                for (int i = 0; i < neurons.get(b).length; i++) {
                    keyed[k++] = ((long) steps.get(b)[i] << 32) | neurons.get(b)[i];
                }
            }
            Arrays.sort(keyed);
            int[] neuronOf = new int[total];
            double[] timeOf = new double[total];
            for (int i = 0; i < total; i++) {
                neuronOf[i] = (int) keyed[i];
                timeOf[i] = (keyed[i] >>> 32) * dt;
            }
            return new SpikeTrains(neuronOf, timeOf, neuronCount);
        }
    }

    /** A sink that ignores everything; subclasses keep what they need. */
    private abstract static class NullSink implements RecordingSink {
        @Override
        public void open(RecordingLayout layout) {
        }

        @Override
        public void samples(int channel, int step, float[] values) {
        }

        @Override
        public void rates(int channel, int firstBin, int count, float[] ratesHz) {
        }

        @Override
        public void close(Completion completion, String reason) {
        }
    }
}
