package org.neurocircuit.engine.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.spi.Completion;

class ResultsStoreTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2025-03-04T12:34:56Z"), ZoneOffset.UTC);

    private Path tmp;

    @BeforeEach
    void createFolder() throws IOException {
        tmp = TempFolder.create();
    }

    @AfterEach
    void deleteFolder() throws IOException {
        TempFolder.delete(tmp);
    }

    @Test
    void foldersAreNamedByCircuitTimeAndSeedAndNeverReused() throws IOException {
        ResultsStore store = new ResultsStore(tmp.resolve("runs"), NOON);
        Path a = store.createRunFolder("brunel", 42);
        Path b = store.createRunFolder("brunel", 42);
        Path c = store.createRunFolder("brunel", -7);
        assertEquals("brunel-20250304-123456-42", a.getFileName().toString());
        assertEquals("brunel-20250304-123456-42-2", b.getFileName().toString());
        assertEquals("brunel-20250304-123456--7", c.getFileName().toString());
        assertTrue(Files.isDirectory(a) && Files.isDirectory(b));
        assertEquals(store.root(), a.getParent());
    }

    @Test
    void userTextIsMadeSafeBeforeItBecomesAPath() {
        assertEquals("brunel_2000", ResultsStore.safeName("brunel_2000"));
        assertEquals("my_circuit_v2_", ResultsStore.safeName("my circuit (v2)"));
        assertEquals("c_etc_passwd", ResultsStore.safeName("../../etc/passwd"));
        assertEquals("c2024_model", ResultsStore.safeName("2024 model"));
        assertEquals("C_", ResultsStore.safeName("C:\\"));
        assertEquals("run", ResultsStore.safeName(""));
        assertEquals("run", ResultsStore.safeName(null));
        assertEquals("run", ResultsStore.safeName("..."));
        assertEquals("r_sum", ResultsStore.safeName("r\u00e9sum"));
        assertEquals(64, ResultsStore.safeName("x".repeat(500)).length());
        assertEquals(64, ResultsStore.safeName("9".repeat(500)).length());
    }

    @Test
    void besideACircuit() {
        Path circuit = tmp.resolve("models/brunel.circuit");
        assertEquals(tmp.resolve("models/runs").toAbsolutePath(), ResultsStore.besideCircuit(circuit).root());
    }

    @Test
    void listsRunsOldestFirstWithProblemsNamed() throws IOException, InterruptedException {
        ResultsStore store = new ResultsStore(tmp.resolve("runs"), NOON);
        assertEquals(List.of(), store.list(), "no root yet");
        RunFolderWriter first = store.newRun(Runs.provenance(), Runs.CIRCUIT);
        first.open(Runs.layout());
        first.close(Completion.COMPLETE, "");
        Thread.sleep(5);
        RunFolderWriter second = store.newRun(Runs.provenance(), null);
        second.open(Runs.layout()); // still running
        Path never = store.createRunFolder("other", 1);
        Path broken = Files.createDirectories(store.root().resolve("broken"));
        Files.writeString(broken.resolve("run.json"), "not json");
        Files.createDirectories(store.root().resolve("unrelated"));
        Files.writeString(store.root().resolve("notes.txt"), "hello");

        List<StoredRun> runs = store.list();
        assertEquals(List.of("broken", "other-20250304-123456-1", "demo-20250304-123456-42",
                "demo-20250304-123456-42-2"), runs.stream().map(StoredRun::name).toList());
        assertFalse(runs.get(0).isReadable());
        assertTrue(runs.get(0).problem().contains("not a valid run manifest"));
        assertTrue(runs.get(1).problem().contains("never started"));
        assertEquals(never, runs.get(1).folder());
        assertEquals(RunStatus.COMPLETE, runs.get(2).manifest().status());
        assertEquals(RunStatus.INTERRUPTED, runs.get(3).manifest().status());
        assertNull(runs.get(3).problem());
        second.close(Completion.CANCELLED, "stop");
        assertEquals(RunStatus.CANCELLED, store.list().get(3).manifest().status());
    }

    @Test
    void deletesRunFoldersAndNothingElse() throws IOException {
        ResultsStore store = new ResultsStore(tmp.resolve("runs"), NOON);
        RunFolderWriter w = store.newRun(Runs.provenance(), Runs.CIRCUIT);
        w.open(Runs.layout());
        w.close(Completion.COMPLETE, "");
        Path outside = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(outside.resolve("run.json"), "{}");
        Path link = store.root().resolve("link");
        Files.createSymbolicLink(link, outside);
        Path unrelated = Files.createDirectories(store.root().resolve("unrelated"));
        Path nested = Files.createDirectories(w.folder().resolve("sub"));
        Files.createSymbolicLink(nested.resolve("to-precious"), outside);

        assertThrows(IOException.class, () -> store.delete(outside), "outside the store");
        assertThrows(IOException.class, () -> store.delete(link), "a link");
        assertThrows(IOException.class, () -> store.delete(unrelated), "not a run");
        assertThrows(IOException.class, () -> store.delete(store.root()), "the root itself");
        assertThrows(IOException.class, () -> store.delete(w.folder().resolve("run.json")), "a file");

        store.delete(w.folder());
        assertFalse(Files.exists(w.folder()));
        assertTrue(Files.exists(outside.resolve("run.json")), "links are removed, never followed");
        assertTrue(Files.isDirectory(unrelated));
        assertEquals(List.of(), store.list());
    }
}
