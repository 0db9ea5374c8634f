package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats prints the per-population table of a run folder; info the circuit's size and tables. */
class StatsAndInfoTest {

    @TempDir
    Path dir;

    @Test
    void statsPrintsOneRowPerSpikeRecorderWithUnits() throws IOException {
        Path folder = SimulateCommandTest.simulateTiny(dir);
        Cli.Result r = Cli.run("stats", folder.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("rate (Hz)") && r.out().contains("CV ISI") && r.out().contains("Fano")
                && r.out().contains("synchrony chi") && r.out().contains("silent (%)"), r::toString);
        String lifRow = r.out().lines().filter(l -> l.strip().startsWith("lif_spikes")).findFirst().orElseThrow();
        String[] cells = lifRow.strip().split("\\s{2,}");
        assertEquals("lif", cells[1], lifRow);
        assertEquals("50", cells[2], lifRow);
        assertTrue(Double.parseDouble(cells[4]) > 1, () -> "the LIF neurons fire: " + lifRow);
        assertTrue(r.out().contains("input_spikes"), r::toString);
    }

    @Test
    void statsInAWindow() throws IOException {
        Path folder = SimulateCommandTest.simulateTiny(dir);
        Cli.Result r = Cli.run("stats", "--from", "20", "--to", "60", folder.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Window [20.00, 60.00) ms (40 ms)"), r::toString);
    }

    @Test
    void statsOfAFolderThatIsNoRunExitsTwo() throws IOException {
        Path notARun = Files.createDirectory(dir.resolve("plain"));
        Cli.Result r = Cli.run("stats", notARun.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("is not a run folder"), r::toString);
        assertEquals(2, Cli.run("stats", dir.resolve("absent").toString()).code());
    }

    @Test
    void infoShowsSizesEstimateAndTables() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "tiny.circuit");
        Cli.Result r = Cli.run("info", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("neurons") && r.out().contains("250"), r::toString);
        assertTrue(r.out().contains("synapses") && r.out().contains("estimate by backend 'builtin'"), r::toString);
        assertTrue(r.out().contains("memory") && r.out().contains("B per synapse"), r::toString);
        assertTrue(r.out().contains("Populations (2)") && r.out().contains("Projections (1)"), r::toString);
        assertTrue(r.out().contains("input -> lif") && r.out().contains("p=0.5") && r.out().contains("300 pA"), r::toString);
    }
}
