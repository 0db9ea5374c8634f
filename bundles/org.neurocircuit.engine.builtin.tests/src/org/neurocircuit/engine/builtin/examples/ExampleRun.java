package org.neurocircuit.engine.builtin.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.examples.ReferenceCircuits;

/**
 * Runs a reference circuit as a user would (builder, lowering, built-in backend) on one thread
 * with its own seed (or a given one), for a given duration, and keeps the spikes of every spike channel as trains
 * over all neurons of the network (global numbering; the examples record each population once).
 */
final class ExampleRun implements RecordingSink {

    private final List<int[]> neurons = new ArrayList<>();
    private final List<int[]> steps = new ArrayList<>();

    private ExampleRun() {
    }

    /** The spikes of {@code exampleId} run for {@code durationMs} instead of the circuit's duration. */
    static SpikeTrains spikes(String exampleId, double durationMs) {
        return spikes(exampleId, durationMs, null);
    }

    /** As {@link #spikes(String, double)}, with {@code seed} instead of the circuit's when not null. */
    static SpikeTrains spikes(String exampleId, double durationMs, Long seed) {
        LoweredCircuit lowered = CircuitLowering.lower(ReferenceCircuits.byId(exampleId).orElseThrow().create());
        SimulationSettings settings = lowered.settings().withDuration(durationMs).withThreads(1);
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        ExampleRun run = new ExampleRun();
        try (SimulationSession session = new BuiltinBackendProvider().createSession(
                RunRequest.of(lowered.network(), settings))) {
            session.prepare(RunMonitor.NONE);
            RunSummary summary = session.run(run, RunMonitor.NONE);
            if (summary.completion() != Completion.COMPLETE) {
                throw new IllegalStateException(exampleId + " did not complete: " + summary.reason());
            }
        }
        return run.trains(lowered.network().neuronCount(), settings.dt());
    }

    @Override
    public void open(RecordingLayout layout) {
    }

    @Override
    public void spikes(int channel, int count, int[] neuronIndices, int[] stepIndices) {
        neurons.add(Arrays.copyOf(neuronIndices, count));
        steps.add(Arrays.copyOf(stepIndices, count));
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

    /** All spikes sorted by time (then neuron), each at its step's time stamp. */
    private SpikeTrains trains(int neuronCount, double dt) {
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
