package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.decode.circuit.CircuitTasks;
import org.neurocircuit.decode.circuit.PlannedTask;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.eval.Scores;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.task.Decoding;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.examples.LiquidStateMachine;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * End to end: the liquid state machine example (10 s) simulated by the built-in engine through
 * the backend SPI into a run folder, then its task input_rate decoded with 5 contiguous folds.
 * The readout must recover the input rate well above chance, and a control whose target is
 * permuted in 1 s blocks must stay at chance.
 *
 * <p>The control is the task's own ({@code withShuffledControl}, see
 * {@link org.neurocircuit.decode.eval.TargetShuffle}): the target in 1 s blocks (50 bins, far
 * longer than the readout's 60 ms history and the column's fading memory of a few tens of ms)
 * placed in a random order. A circular shift would not do: the input rate is a sum of three
 * sinusoids (0.5, 1.3, 3.1 Hz) whose autocorrelation never decays, so a shifted target stays
 * correlated with the true one (it scored R² 0.18).
 */
class LiquidStateMachineDecodingTest {

    /** Pooled R² the readout must reach (measured 0.66 with the built-in engine); chance is ≤ 0. */
    static final double MIN_R2 = 0.55;
    /** Pooled R² the block-permuted control must stay under. */
    static final double MAX_CONTROL_R2 = 0.05;

    @TempDir
    static Path dir;
    static RunResults run;
    static PlannedTask planned;

    @BeforeAll
    static void simulate() throws IOException {
        Circuit circuit = ReferenceCircuits.byId("liquid_state_machine").orElseThrow().create();
        Path file = dir.resolve("lsm.circuit");
        CircuitFiles.save(circuit, file);
        LoweredCircuit lowered = CircuitLowering.lower(circuit);
        RunRequest request = RunRequest.of(lowered.network(), lowered.settings().withThreads(1));
        BuiltinBackendProvider builtin = new BuiltinBackendProvider();
        RunFolderWriter sink = new ResultsStore(dir).newRun(RunProvenance.of(request, builtin.id(), builtin.version(),
                List.of()), Files.readAllBytes(file));
        try (SimulationSession session = builtin.createSession(request)) {
            session.prepare(RunMonitor.NONE);
            RunSummary summary = session.run(sink, RunMonitor.NONE);
            assertEquals(Completion.COMPLETE, summary.completion(), summary.reason());
            sink.recordSummary(summary);
        }
        run = RunFolderReader.open(sink.folder());
        System.out.printf("liquid state machine run: %d spikes of E, %d of I in %.0f ms%n",
                run.records(run.channelIndex("spikes_column_column_E")),
                run.records(run.channelIndex("spikes_column_column_I")), run.simulatedDurationMs());
        Circuit ran = CircuitTasks.circuitOf(run);
        planned = CircuitTasks.plan(CircuitTasks.select(ran, "input_rate").get(0), run);
    }

    @Test
    void theReadoutDecodesTheInputRate() throws IOException {
        Decoding decoding = new Decoding(DecoderRegistry.getDefault(), Clock.systemUTC());
        var o = decoding.decode(run, planned.task(), planned.target(), DecodingMonitor.NONE);
        Scores s = o.result().pooled();
        System.out.printf("liquid state machine, input_rate (ridge, %d columns, %d bins): pooled R² %.3f, r %.3f,"
                + " RMSE %.2f Hz; folds R² %s%n", o.provenance().columns().size(), s.bins(), s.r2(), s.pearsonR(),
                s.rmse(), o.result().folds().stream().map(f -> String.format("%.3f", f.scores().r2())).toList());
        assertEquals(LiquidStateMachine.FOLDS, o.result().folds().size());
        assertTrue(s.r2() > MIN_R2, "R² " + s.r2());
        assertTrue(s.pearsonR() > 0.75, "r " + s.pearsonR());
    }

    @Test
    void theBlockPermutedControlStaysAtChance() throws IOException {
        Decoding decoding = new Decoding(DecoderRegistry.getDefault(), Clock.systemUTC());
        double[] r2 = new double[3];
        for (int seed = 0; seed < r2.length; seed++) {
            var o = decoding.decode(run, planned.task().withShuffledControl(seed), planned.target(),
                    DecodingMonitor.NONE);
            assertTrue(o.provenance().shuffledControl());
            r2[seed] = o.result().pooled().r2();
        }
        System.out.printf("liquid state machine, block-permuted controls: R² %.3f %.3f %.3f%n", r2[0], r2[1], r2[2]);
        for (double v : r2) {
            assertTrue(v <= MAX_CONTROL_R2, "control R² " + v);
        }
    }
}
