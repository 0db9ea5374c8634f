package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.cli.CliContext;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.RunStatus;

/** simulate writes a readable run folder; cancelling leaves a valid incomplete one; refusals write none. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    /** Simulates the tiny circuit (100 ms) in {@code dir} and returns the run folder. */
    static Path simulateTiny(Path dir) throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "tiny.circuit");
        Cli.Result r = Cli.run("simulate", file.toString());
        assertEquals(0, r.code(), r::toString);
        return Path.of(r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void writesAReadableCompleteRunBesideTheCircuit() throws IOException {
        Path folder = simulateTiny(dir);
        assertEquals(dir.resolve("runs").toRealPath(), folder.getParent().toRealPath());
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, run.status());
        assertEquals("builtin", run.manifest().provenance().backendId());
        assertEquals(7, run.manifest().provenance().seed());
        int lif = run.channelIndex("lif_spikes");
        assertTrue(run.spikes(lif).count() > 0, "the driven LIF neurons fire");
        assertTrue(run.circuitFile().isPresent() && Files.isRegularFile(run.circuitFile().get()), "the circuit is copied");
        assertEquals(List.of(), run.notes());
    }

    @Test
    void optionsOverrideTheCircuitsSettingsAndOutPicksTheFolder() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "tiny.circuit");
        Path out = dir.resolve("elsewhere");
        Cli.Result r = Cli.run("simulate", "--duration", "50", "--seed", "99", "--threads", "2", "--out", out.toString(),
                file.toString());
        assertEquals(0, r.code(), r::toString);
        Path folder = Path.of(r.out().lines().findFirst().orElseThrow());
        assertEquals(out.toRealPath(), folder.getParent().toRealPath());
        RunResults run = RunFolderReader.open(folder);
        assertEquals(99, run.manifest().provenance().seed());
        assertEquals(2, run.manifest().provenance().threads());
        assertEquals(50.0, run.simulatedDurationMs(), 1e-9);
        assertTrue(r.out().contains("real-time factor") && r.out().contains("events/s"), r::toString);
        assertTrue(r.err().contains("ms simulated") && r.err().contains("RTF"), () -> "progress on stderr: " + r);
    }

    @Test
    void overTheMemoryLimitIsRefusedWithTheEstimateAndNoFolder() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "tiny.circuit");
        Cli.Result r = Cli.run("simulate", "--memory-limit", "1K", file.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("needs about") && r.err().contains("the limit is 1.0 KB"), r::toString);
        assertFalse(Files.exists(dir.resolve("runs")) && hasChildren(dir.resolve("runs")), "no run folder");
    }

    @Test
    void anInvalidCircuitIsRefusedWithItsErrors() throws IOException {
        var c = TinyCircuits.tiny(50, 100);
        c.getPopulations().get(1).setSize(0);
        Path file = TinyCircuits.save(c, dir, "bad.circuit");
        Cli.Result r = Cli.run("simulate", file.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("is invalid") && r.err().contains("ERROR") && r.err().contains("validate"), r::toString);
    }

    @Test
    void cancellingLeavesAValidIncompleteRun() throws Exception {
        Path file = TinyCircuits.save(TinyCircuits.tiny(2000, 600_000), dir, "long.circuit");
        CliContext context = Cli.context(BackendRegistry.getDefault(), new StringWriter(), new StringWriter());
        // Cancel as Ctrl-C would, once the run has opened its folder.
        CompletableFuture<Void> ctrlC = CompletableFuture.runAsync(() -> {
            while (!runJsonExists(dir.resolve("runs"))) {
                sleep(20);
            }
            sleep(300);
            context.cancel().cancel("interrupted by the test");
        });
        Cli.Result r = Cli.run(context, "simulate", file.toString());
        ctrlC.get(10, TimeUnit.SECONDS);
        assertEquals(130, r.code(), r::toString);
        Path folder = Path.of(r.out().lines().findFirst().orElseThrow());
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.CANCELLED, run.status());
        assertTrue(run.simulatedDurationMs() > 0 && run.simulatedDurationMs() < 600_000, r::toString);
        assertEquals(List.of(), run.notes(), "no partial record: the sink was closed properly");
        assertTrue(r.err().contains("valid, incomplete run"), r::toString);
    }

    private static boolean runJsonExists(Path runs) {
        if (!Files.isDirectory(runs)) {
            return false;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return s.anyMatch(p -> Files.exists(p.resolve("run.json")));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasChildren(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
