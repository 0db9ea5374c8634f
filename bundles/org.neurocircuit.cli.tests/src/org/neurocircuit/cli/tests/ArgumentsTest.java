package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments exit 2 with a message that names the problem and points to --help. */
class ArgumentsTest {

    @TempDir
    Path dir;

    private static void assertUsageError(Cli.Result r, String expected) {
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(expected), () -> "expected '" + expected + "' in stderr: " + r);
        assertTrue(r.err().contains("--help"), () -> "the message points to --help: " + r);
    }

    @Test
    void noCommand() {
        assertUsageError(Cli.run(), "Missing command");
    }

    @Test
    void unknownCommand() {
        assertUsageError(Cli.run("simulte", "x.circuit"), "simulte");
    }

    @Test
    void unknownOption() {
        assertUsageError(Cli.run("simulate", "--speed", "9", "x.circuit"), "--speed");
    }

    @Test
    void missingFile() {
        assertUsageError(Cli.run("simulate"), "FILE");
    }

    @Test
    void notANumber() {
        assertUsageError(Cli.run("simulate", "--duration", "long", "x.circuit"), "--duration");
    }

    @Test
    void negativeDuration() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(5, 10), dir, "t.circuit");
        assertUsageError(Cli.run("simulate", "--duration", "-5", file.toString()), "--duration must be a positive");
    }

    @Test
    void zeroThreads() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(5, 10), dir, "t.circuit");
        assertUsageError(Cli.run("simulate", "--threads", "0", file.toString()), "--threads must be at least 1");
    }

    @Test
    void badMemorySize() {
        assertUsageError(Cli.run("simulate", "--memory-limit", "lots", "x.circuit"), "512M, 2G");
    }

    @Test
    void unknownBackendListsTheAvailableOnes() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(5, 10), dir, "t.circuit");
        Cli.Result r = Cli.run("simulate", "--backend", "nest", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no backend 'nest'; available: builtin"), r::toString);
    }

    @Test
    void emptyStatsWindow() throws IOException {
        Cli.Result r = Cli.run("stats", "--from", "50", "--to", "10", SimulateCommandTest.simulateTiny(dir).toString());
        assertUsageError(r, "--from < --to");
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.code());
        for (String command : new String[] {"validate", "info", "simulate", "stats", "bench"}) {
            assertTrue(help.out().contains(command), () -> command + " is listed: " + help);
        }
        assertTrue(help.out().contains("130"), "exit codes are documented");
        assertEquals(0, Cli.run("simulate", "--help").code());
        assertEquals(0, Cli.run("--version").code());
    }
}
