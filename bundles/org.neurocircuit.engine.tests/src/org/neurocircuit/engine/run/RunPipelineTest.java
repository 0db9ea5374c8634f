package org.neurocircuit.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.RunStatus;
import org.neurocircuit.engine.results.TempFolder;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.model.Circuit;

/** The run pipeline end to end on a backend whose output is known exactly. */
class RunPipelineTest {

    private Path dir;
    private BackendRegistry registry;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createTempDirectory("nc-run-test");
        registry = new BackendRegistry();
        registry.register(new ClockBackend(1000, false));
    }

    @AfterEach
    void tearDown() throws IOException {
        TempFolder.delete(dir);
    }

    /** Records the phases and the folder, and cancels once {@code cancelAfter} units are done. */
    private static final class Recorder implements RunObserver {
        final List<RunPhase> phases = new ArrayList<>();
        final long cancelAfter;
        Path folder;
        long done;

        Recorder(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void phase(RunPhase phase, SimulationSettings settings) {
            phases.add(phase);
        }

        @Override
        public void runFolder(Path f) {
            folder = f;
        }

        @Override
        public void begin(String task, long totalWork) {
            done = 0;
        }

        @Override
        public void worked(long units) {
            done += units;
        }

        @Override
        public boolean isCancelled() {
            return done >= cancelAfter;
        }
    }

    private Path save(Circuit c) throws IOException {
        return RunCircuits.save(c, dir);
    }

    private boolean noRunFolder() throws IOException {
        return new ResultsStore(dir.resolve(ResultsStore.RUNS_FOLDER)).list().isEmpty();
    }

    @Test
    void aRunIsRecordedBesideTheCircuitWithItsSpikesAndProvenance() throws Exception {
        Path file = save(RunCircuits.small(100));
        Recorder obs = new Recorder(Long.MAX_VALUE);
        RunResult r = RunPipeline.run(file, RunOptions.defaults().withSeed(11L).withThreads(2), registry, obs);

        assertEquals(Completion.COMPLETE, r.summary().completion());
        assertEquals(dir.resolve("runs").toRealPath(), r.folder().getParent().toRealPath());
        assertEquals(r.folder(), obs.folder);
        assertEquals(List.of(RunPhase.LOAD, RunPhase.CHECK, RunPhase.BACKEND, RunPhase.ESTIMATE, RunPhase.BUILD,
                RunPhase.SIMULATE, RunPhase.SAVE), obs.phases);
        RunResults run = RunFolderReader.open(r.folder());
        assertEquals(RunStatus.COMPLETE, run.status());
        assertEquals(100.0, run.simulatedDurationMs(), 1e-9);
        assertEquals(11, run.manifest().provenance().seed());
        assertEquals(2, run.manifest().provenance().threads());
        assertEquals("clock", run.manifest().provenance().backendId());
        // 1000 steps, every neuron fires once per 50 steps: 20 spikes each.
        assertEquals(100 * 20, run.spikes(run.channelIndex("input_spikes")).count());
        assertEquals(20 * 20, run.spikes(run.channelIndex("lif_spikes")).count());
        assertEquals(120 * 20, run.manifest().outcome().totalSpikes());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(run.circuitFile().orElseThrow()));
    }

    @Test
    void theDurationAndTimeStepCanBeChangedForOneRun() throws Exception {
        Path file = save(RunCircuits.small(100));
        RunResult r = RunPipeline.run(file, RunOptions.defaults().withDuration(20.0).withDt(0.2), registry,
                new Recorder(Long.MAX_VALUE));
        RunResults run = RunFolderReader.open(r.folder());
        assertEquals(20.0, run.simulatedDurationMs(), 1e-9);
        assertEquals(100, run.layout().steps());
        assertEquals(0.2, run.layout().dt(), 1e-12);
    }

    @Test
    void aCancelledRunLeavesAReadableIncompleteFolder() throws Exception {
        Path file = save(RunCircuits.small(100));
        Recorder obs = new Recorder(300);
        RunResult r = RunPipeline.run(file, RunOptions.defaults(), registry, obs);

        assertEquals(Completion.CANCELLED, r.summary().completion());
        RunResults run = RunFolderReader.open(r.folder());
        assertEquals(RunStatus.CANCELLED, run.status());
        assertEquals("cancelled by the user", run.manifest().outcome().reason());
        assertEquals(300, run.manifest().outcome().simulatedSteps());
        // steps 0..299: neurons with g % 50 == s % 50 fire; 6 spikes each of the 100 inputs.
        assertEquals(100 * 6, run.spikes(run.channelIndex("input_spikes")).count());
    }

    @Test
    void cancellingBeforeTheBuildWritesNoFolder() throws Exception {
        Path file = save(RunCircuits.small(100));
        RunRefusedException e = assertThrows(RunRefusedException.class,
                () -> RunPipeline.run(file, RunOptions.defaults(), registry, new Recorder(0)));
        assertEquals(Reason.CANCELLED, e.reason());
        assertTrue(e.getMessage().contains("network 'small'"), e.getMessage());
        assertTrue(noRunFolder());
    }

    @Test
    void aBackendFailureIsRecordedInTheFolderWithItsReason() throws Exception {
        registry.unregister("clock");
        registry.register(new ClockBackend(1000, true));
        Path file = save(RunCircuits.small(100));
        RunRefusedException e = assertThrows(RunRefusedException.class,
                () -> RunPipeline.run(file, RunOptions.defaults(), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.FAILED, e.reason());
        assertNotNull(e.folder());
        assertTrue(e.getMessage().contains("the clock stopped at step 500"), e.getMessage());
        RunResults run = RunFolderReader.open(e.folder());
        assertEquals(RunStatus.FAILED, run.status());
        assertTrue(run.manifest().outcome().reason().contains("the clock stopped"));
    }

    @Test
    void anInvalidCircuitIsRefusedNamingTheElement() throws Exception {
        Circuit c = RunCircuits.small(100);
        c.getPopulations().get(1).setSize(0);
        Path file = save(c);
        RunRefusedException e = assertThrows(RunRefusedException.class,
                () -> RunPipeline.run(file, RunOptions.defaults(), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.INVALID_CIRCUIT, e.reason());
        assertTrue(e.getMessage().contains("'lif'") && e.getMessage().contains("ERROR"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix these"), e.getMessage());
        assertTrue(noRunFolder());
    }

    @Test
    void unsupportedElementsAreNamedWithTheInstalledBackends() throws Exception {
        Path file = save(RunCircuits.withVoltage(RunCircuits.small(100)));
        RunRefusedException e = assertThrows(RunRefusedException.class,
                () -> RunPipeline.run(file, RunOptions.defaults(), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.UNSUPPORTED, e.reason());
        assertTrue(e.getMessage().contains("recorder 'lif_v'") && e.getMessage().contains("installed: clock"),
                e.getMessage());
        assertTrue(noRunFolder());
    }

    @Test
    void aNetworkOverTheMemoryLimitIsRefusedWithTheEstimate() throws Exception {
        registry.unregister("clock");
        registry.register(new ClockBackend(1L << 40, false));
        Path file = save(RunCircuits.small(100));
        RunRefusedException e = assertThrows(RunRefusedException.class,
                () -> RunPipeline.run(file, RunOptions.defaults(), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.MEMORY, e.reason());
        assertTrue(e.getMessage().contains("'small' needs about") && e.getMessage().contains("clock table"),
                e.getMessage());
        assertNull(e.folder());
        assertTrue(noRunFolder());
    }

    @Test
    void anUnknownBackendIsNamedWithTheInstalledOnes() throws Exception {
        Path file = save(RunCircuits.small(100));
        RunRefusedException e = assertThrows(RunRefusedException.class, () -> RunPipeline.run(file,
                RunOptions.defaults().withBackend("nest"), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.UNKNOWN_BACKEND, e.reason());
        assertTrue(e.getMessage().contains("no backend 'nest'; available: clock"), e.getMessage());
    }

    @Test
    void badOptionsAndUnreadableFilesAreRefused() throws Exception {
        Path file = save(RunCircuits.small(100));
        assertEquals(Reason.INVALID_OPTIONS, assertThrows(RunRefusedException.class, () -> RunPipeline.run(file,
                RunOptions.defaults().withDuration(-5.0), registry, new Recorder(Long.MAX_VALUE))).reason());
        assertEquals(Reason.INVALID_OPTIONS, assertThrows(RunRefusedException.class, () -> RunPipeline.run(file,
                RunOptions.defaults().withThreads(0), registry, new Recorder(Long.MAX_VALUE))).reason());
        RunRefusedException missing = assertThrows(RunRefusedException.class, () -> RunPipeline.run(
                dir.resolve("absent.circuit"), RunOptions.defaults(), registry, new Recorder(Long.MAX_VALUE)));
        assertEquals(Reason.UNREADABLE_FILE, missing.reason());
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("runs")));
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
