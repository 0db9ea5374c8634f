package org.neurocircuit.engine.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.stats.SpikeStatistics;

/** Runs that did not end normally: killed, cancelled, failed, or damaged afterwards. */
class RunFolderRecoveryTest {

    private static final int SPIKES = 50_000; // 200 KB per column: more than the 64 KiB buffers

    private Path tmp;

    @BeforeEach
    void createFolder() throws IOException {
        tmp = TempFolder.create();
    }

    @AfterEach
    void deleteFolder() throws IOException {
        TempFolder.delete(tmp);
    }

    /** Writes {@link #SPIKES} spikes (neuron i % 100, step i / 10 + 1) without closing: a killed process. */
    private RunFolderWriter killedMidway(Path folder) {
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), Runs.CIRCUIT);
        w.open(Runs.spikesOnly(100, 10_000));
        int[] n = new int[10];
        int[] s = new int[10];
        for (int i = 0; i < SPIKES; i += 10) {
            for (int k = 0; k < 10; k++) {
                n[k] = (i + k) % 100;
                s[k] = i / 10 + 1;
            }
            w.spikes(0, 10, n, s);
        }
        return w;
    }

    private static void assertPrefix(SpikeRecording r) {
        for (int i = 0; i < r.count(); i++) {
            assertEquals(i % 100, r.neurons()[i]);
            assertEquals(i / 10 + 1, r.steps()[i]);
        }
    }

    @Test
    void killedRunReadsAsInterruptedWithTheFlushedPrefix() throws IOException {
        Path folder = tmp.resolve("killed");
        killedMidway(folder);

        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.INTERRUPTED, r.status());
        assertFalse(r.isComplete());
        assertTrue(Double.isNaN(r.simulatedDurationMs()));
        assertEquals(null, r.manifest().outcome().ended());
        SpikeRecording rec = r.spikes(0);
        assertTrue(rec.count() > 0 && rec.count() < SPIKES, "a flushed prefix: " + rec.count());
        assertEquals(0, rec.count() % 10, "a full buffer sends both columns, up to the end of the batch");
        assertPrefix(rec);
    }

    @Test
    void killedRunWithAPartialRecordIsTrimmed() throws IOException {
        Path folder = tmp.resolve("killed");
        killedMidway(folder);
        Path steps = folder.resolve("spikes-0-spikesP.steps.i32");
        long size = Files.size(steps);
        try (FileChannel ch = FileChannel.open(steps, StandardOpenOption.WRITE)) {
            ch.truncate(size - 6); // the last record and a half are gone
        }
        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.INTERRUPTED, r.status());
        SpikeRecording rec = r.spikes(0);
        assertEquals(size / 4 - 2, rec.count(), "paired columns cut to the shorter, whole records only");
        assertPrefix(rec);
        assertEquals(List.of("spikes-0-spikesP.steps.i32: 2 trailing bytes of a partial record ignored."), r.notes());
        assertEquals(size - 6, Files.size(steps), "the reader never modifies files");
    }

    @Test
    void whatIsOlderThanASecondReachesTheFileWithoutAFullBuffer() throws Exception {
        Path folder = tmp.resolve("slow");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), null);
        w.open(Runs.spikesOnly(100, 10_000));
        w.spikes(0, 2, new int[] {3, 4}, new int[] {1, 1});
        assertEquals(0, RunFolderReader.open(folder).records(0), "still buffered");
        Thread.sleep(1100);
        w.spikes(0, 1, new int[] {5}, new int[] {2});
        SpikeRecording rec = RunFolderReader.open(folder).spikes(0);
        assertArrayEquals(new int[] {3, 4, 5}, rec.neurons());
    }

    @Test
    void killedStateChannelKeepsWholeSamples() throws IOException {
        Path folder = tmp.resolve("state");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), null);
        w.open(Runs.layout());
        float[] row = {1, 2, 3};
        for (int s = 0; s < 10_000; s++) {
            row[0] = s;
            w.samples(2, s * 10, row);
        }
        RunResults r = RunFolderReader.open(folder);
        StateRecording v = r.samples(2);
        assertTrue(v.rows() > 0 && v.rows() < 10_000, "rows " + v.rows());
        for (int i = 0; i < v.rows(); i++) {
            assertEquals(i, v.value(i, 0));
            assertEquals(10 * i, v.steps()[i]);
        }
        long valuesSize = Files.size(folder.resolve("state-2-vE.f32"));
        assertEquals(Math.min(valuesSize / 12, Files.size(folder.resolve("state-2-vE.steps.i32")) / 4), v.rows());
    }

    @Test
    void cancelledRunIsMarkedAndItsDataReadable() throws IOException {
        Path folder = tmp.resolve("cancelled");
        RunFolderWriter w = killedMidway(folder);
        w.close(Completion.CANCELLED, "cancelled by the user at 500.0 ms");
        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.CANCELLED, r.status());
        assertEquals("cancelled by the user at 500.0 ms", r.manifest().outcome().reason());
        assertEquals(SPIKES, r.spikes(0).count());
        assertPrefix(r.spikes(0));
        assertEquals(List.of(), r.notes());
        assertTrue(r.manifest().outcome().wallTimeMs() >= 0);
        assertTrue(Double.isNaN(r.manifest().outcome().cpuTimeMs()), "no engine summary yet");

        // Without the engine's step count, whole-run statistics end at the last recorded spike.
        SpikeStatistics st = SpikeStatistics.forRun(r, null, 100, 2).get(0);
        assertEquals(SPIKES / 10 * 0.1, st.window().durationMs(), 1e-9);
        assertEquals(SPIKES / (100 * st.window().durationSeconds()), st.meanRateHz(), 1e-9);
    }

    @Test
    void summaryOfACancelledRunRecordsTheStepsSimulated() throws IOException {
        Path folder = tmp.resolve("cancelled");
        RunFolderWriter w = killedMidway(folder);
        w.close(Completion.CANCELLED, "cancelled");
        w.recordSummary(new org.neurocircuit.engine.spi.RunSummary(Completion.CANCELLED, "cancelled", 6000,
                SPIKES, 0, 1_000_000, 900_000));
        RunResults r = RunFolderReader.open(folder);
        assertEquals(600.0, r.simulatedDurationMs(), 1e-9);
        assertEquals(600.0, SpikeStatistics.forRun(r, null, 100, 2).get(0).window().durationMs(), 1e-9);
    }

    @Test
    void failedRunIsMarked() throws IOException {
        Path folder = tmp.resolve("failed");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), null);
        w.open(Runs.layout());
        w.spikes(0, 1, new int[] {1}, new int[] {3});
        w.close(Completion.FAILED, "NaN in population E at 0.3 ms");
        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals("NaN in population E at 0.3 ms", r.manifest().outcome().reason());
        assertArrayEquals(new int[] {1}, r.spikes(0).neurons());
    }

    @Test
    void finishedRunDamagedLaterReadsWhatIsLeftAndSaysSo() throws IOException {
        Path folder = tmp.resolve("damaged");
        killedMidway(folder).close(Completion.COMPLETE, "");
        Path values = folder.resolve("spikes-0-spikesP.neurons.i32");
        try (FileChannel ch = FileChannel.open(values, StandardOpenOption.WRITE)) {
            ch.truncate(4 * 1000 + 1);
        }
        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, r.status());
        assertEquals(1000, r.spikes(0).count());
        assertPrefix(r.spikes(0));
        assertEquals(2, r.notes().size(), r.notes().toString());
        assertTrue(r.notes().get(1).contains("holds 1000 of the 50000 records"), r.notes().toString());
        Files.delete(folder.resolve("circuit.circuit"));
        assertTrue(RunFolderReader.open(folder).notes().toString().contains("circuit copy circuit.circuit is missing"));
        assertEquals(3, RunFolderReader.open(folder).notes().size());
    }
}
