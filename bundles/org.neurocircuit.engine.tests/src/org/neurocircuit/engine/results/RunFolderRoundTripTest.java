package org.neurocircuit.engine.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.json.JsonParser;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RunSummary;

class RunFolderRoundTripTest {

    private Path tmp;

    @BeforeEach
    void createFolder() throws IOException {
        tmp = TempFolder.create();
    }

    @AfterEach
    void deleteFolder() throws IOException {
        TempFolder.delete(tmp);
    }

    /** Writes the demo run: spikes in two batches, 3 samples, 4 rate bins. */
    private RunFolderWriter writeDemo(Path folder) {
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), Runs.CIRCUIT);
        w.open(Runs.layout());
        w.spikes(0, 3, new int[] {0, 4, 7, 99}, new int[] {5, 5, 9, 99});
        w.spikes(1, 2, new int[] {9, 11}, new int[] {6, 6});
        w.samples(2, 0, new float[] {-70f, -65.5f, -60f});
        w.spikes(0, 2, new int[] {2, 2}, new int[] {12, 30});
        w.samples(2, 10, new float[] {-69f, -64f, -59f, 123f}); // extra values are ignored
        w.samples(2, 20, new float[] {-68f, Float.NaN, -58f});
        w.rates(3, 0, 3, new float[] {1f, 2f, 3f});
        w.rates(3, 3, 1, new float[] {4.5f});
        w.warn("w2");
        return w;
    }

    @Test
    void everythingWrittenReadsBack() throws IOException {
        Path folder = tmp.resolve("run");
        RunFolderWriter w = writeDemo(folder);
        w.close(Completion.COMPLETE, "");
        w.recordSummary(new RunSummary(Completion.COMPLETE, "", 1000, 1234, 56789, 2_500_000_000L, 4_000_000_000L));

        RunResults r = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, r.status());
        assertTrue(r.isComplete());
        assertEquals(List.of(), r.notes());
        assertEquals(Runs.layout().channels().size(), r.layout().channels().size());
        assertEquals(100.0, r.simulatedDurationMs(), 1e-9);

        SpikeRecording e = r.spikes(0);
        assertArrayEquals(new int[] {0, 4, 7, 2, 2}, e.neurons());
        assertArrayEquals(new int[] {5, 5, 9, 12, 30}, e.steps());
        assertArrayEquals(new double[] {0.5, 0.5, 0.9, 1.2, 3.0}, e.timesMs(), 1e-12);
        assertEquals(8, e.neuronCount());
        SpikeRecording i = r.spikes(r.channelIndex("spikesI"));
        assertArrayEquals(new int[] {9, 11}, i.neurons());
        assertArrayEquals(new int[] {9, 11}, i.recordedNeurons(), "global indices of local 1 and 3");
        assertEquals(2, i.neuronCount());

        StateRecording v = r.samples(2);
        assertEquals(3, v.rows());
        assertEquals(3, v.width());
        assertArrayEquals(new int[] {0, 10, 20}, v.steps());
        assertArrayEquals(new float[] {-65.5f, -64f, Float.NaN}, v.trace(1));
        assertEquals(-58f, v.value(2, 2));
        assertEquals(2.0, v.timeMs(2), 1e-12);
        assertEquals(StateVariable.V, v.channel().variable());

        RateRecording rate = r.rates(3);
        assertArrayEquals(new float[] {1f, 2f, 3f, 4.5f}, rate.ratesHz());
        assertEquals(5.0, rate.binMs(), 1e-12);
        assertEquals(15.0, rate.binStartMs(3), 1e-12);
    }

    @Test
    void manifestHoldsTheProvenance() throws IOException {
        Path folder = tmp.resolve("run");
        RunFolderWriter w = writeDemo(folder);
        w.close(Completion.COMPLETE, "");
        w.recordSummary(new RunSummary(Completion.COMPLETE, "", 1000, 1234, 56789, 2_500_000_000L, 4_000_000_000L));
        RunManifest m = RunFolderReader.open(folder).manifest();

        assertEquals(RunManifest.VERSION, m.formatVersion());
        assertEquals(ContentHash.sha256(Runs.CIRCUIT), m.circuitSha256());
        assertEquals(64, m.circuitSha256().length());
        assertArrayEquals(Runs.CIRCUIT, Files.readAllBytes(folder.resolve(m.circuitFile())));
        assertEquals("demo", m.provenance().circuitName());
        assertEquals(42, m.provenance().seed());
        assertEquals(2, m.provenance().threads());
        assertEquals("builtin", m.provenance().backendId());
        assertEquals("0.1.0", m.provenance().backendVersion());
        assertEquals(List.of("w1", "w2"), m.provenance().warnings());
        assertEquals(0.1, m.layout().dt());
        assertEquals(1000, m.layout().steps());
        assertEquals(100.0, m.plannedDurationMs(), 1e-9);
        RunOutcome o = m.outcome();
        assertEquals(2500.0, o.wallTimeMs(), 1e-9);
        assertEquals(4000.0, o.cpuTimeMs(), 1e-9);
        assertEquals(1234, o.totalSpikes());
        assertEquals(56789, o.synapticEvents());
        assertTrue(!o.ended().isBefore(o.started()));
        assertEquals(System.getProperty("java.version"), m.host().javaVersion());
        assertEquals(System.getProperty("os.name"), m.host().osName());
        assertEquals(List.of(5L, 2L, 3L, 4L), m.columns().stream().map(ChannelColumns::records).toList());
        assertEquals(List.of("spikes-0-spikesE.neurons.i32", "spikes-1-spikesI.neurons.i32", "state-2-vE.f32",
                "rate-3.f32"), m.columns().stream().map(ChannelColumns::values).toList());

        // per-population spike counts are in the file for other tools
        Map<?, ?> json = (Map<?, ?>) JsonParser.parse(Files.readString(folder.resolve("run.json")));
        List<?> pops = (List<?>) json.get("populations");
        assertEquals(5L, ((Map<?, ?>) pops.get(0)).get("recordedSpikes"));
        assertEquals(2L, ((Map<?, ?>) pops.get(1)).get("recordedSpikes"));
        assertEquals("complete", json.get("completion"));
    }

    @Test
    void columnsAreLittleEndianInt32() throws IOException {
        Path folder = tmp.resolve("run");
        writeDemo(folder).close(Completion.COMPLETE, "");
        byte[] steps = Files.readAllBytes(folder.resolve("spikes-0-spikesE.steps.i32"));
        assertEquals(20, steps.length);
        assertArrayEquals(new byte[] {5, 0, 0, 0, 5, 0, 0, 0, 9, 0, 0, 0, 12, 0, 0, 0, 30, 0, 0, 0}, steps);
        assertEquals(3 * 3 * 4, Files.size(folder.resolve("state-2-vE.f32")));
        assertTrue(Files.notExists(folder.resolve("run.json.tmp")));
    }

    @Test
    void manySpikesAcrossBufferBoundaries() throws IOException {
        Path folder = tmp.resolve("big");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), null);
        w.open(Runs.spikesOnly(1000, 100_000));
        int batch = 7919; // not a divisor of the buffer, so records straddle flushes
        int[] n = new int[batch];
        int[] s = new int[batch];
        int total = 0;
        for (int step = 1; step <= 40; step++) {
            for (int k = 0; k < batch; k++) {
                n[k] = (total + k) % 1000;
                s[k] = step;
            }
            w.spikes(0, batch, n, s);
            total += batch;
        }
        w.close(Completion.COMPLETE, "");
        RunResults r = RunFolderReader.open(folder);
        SpikeRecording rec = r.spikes(0);
        assertEquals(total, rec.count());
        for (int k = 0; k < total; k++) {
            assertEquals(k % 1000, rec.neurons()[k]);
            assertEquals(k / batch + 1, rec.steps()[k]);
        }
        assertEquals(null, r.manifest().circuitSha256());
        assertTrue(r.circuitFile().isEmpty());
    }

    @Test
    void misuseIsRefused() throws IOException {
        Path folder = tmp.resolve("run");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), Runs.CIRCUIT);
        assertThrows(IllegalStateException.class, () -> w.spikes(0, 0, new int[0], new int[0]), "not open");
        w.open(Runs.layout());
        assertThrows(IllegalStateException.class, () -> w.open(Runs.layout()));
        assertThrows(IllegalArgumentException.class, () -> w.samples(0, 0, new float[8]), "channel 0 is spikes");
        assertThrows(IllegalArgumentException.class, () -> w.samples(2, 0, new float[2]), "too few values");
        assertThrows(IllegalArgumentException.class, () -> w.rates(3, 1, 1, new float[1]), "a gap in the bins");
        assertThrows(IllegalStateException.class, () -> w.recordSummary(
                new RunSummary(Completion.COMPLETE, "", 0, 0, 0, 0, 0)), "summary before close");
        w.close(Completion.COMPLETE, "");
        w.close(Completion.FAILED, "again"); // ignored
        assertEquals(RunStatus.COMPLETE, RunFolderReader.open(folder).status());
        assertThrows(IllegalStateException.class, () -> w.spikes(0, 0, new int[0], new int[0]), "closed");

        RunFolderWriter other = new RunFolderWriter(folder, Runs.provenance(), null);
        assertThrows(java.io.UncheckedIOException.class, () -> other.open(Runs.layout()), "folder not empty");
        assertEquals(Kind.RATE, RunFolderReader.open(folder).layout().channels().get(3).kind());
    }
}
