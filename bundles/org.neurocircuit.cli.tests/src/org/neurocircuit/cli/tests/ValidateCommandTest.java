package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.model.Circuit;

/** validate: exit 0 valid, 1 invalid, 2 unreadable; one "ERROR|WARNING element: message" line per finding. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidCircuitExitsZero() throws IOException {
        Path file = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "tiny.circuit");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith(file + ": valid"), r::toString);
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("ERROR")), r::toString);
    }

    @Test
    void anInvalidCircuitExitsOneAndNamesTheElement() throws IOException {
        Circuit c = TinyCircuits.tiny(50, 100);
        c.getPopulations().get(1).setSize(0);
        Path file = TinyCircuits.save(c, dir, "bad.circuit");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith(file + ": invalid"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ERROR ") && l.contains("'lif'")),
                () -> "an ERROR line naming population 'lif': " + r);
    }

    @Test
    void garbageIsUnreadableAndExitsTwo() throws IOException {
        Path file = dir.resolve("garbage.circuit");
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, 'x', '<', '>'});
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(file + " is not a readable circuit file"), r::toString);
        assertTrue(r.err().contains(".circuit file as the workbench saves it"), () -> "the message says what the file must be: " + r);
    }

    @Test
    void xmlOfAnotherKindIsUnreadable() throws IOException {
        Path file = dir.resolve("other.circuit");
        Files.writeString(file, "<?xml version=\"1.0\"?><html><body/></html>");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(file.toString()), r::toString);
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path file = dir.resolve("xxe.circuit");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(!r.out().contains("root:") && !r.err().contains("root:"), "no external entity was read");
    }

    @Test
    void aMissingFileExitsTwoAndSaysSo() {
        Path file = dir.resolve("missing.circuit");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no such file"), r::toString);
    }

    @Test
    void theWorstFileDecidesTheExitCode() throws IOException {
        Path good = TinyCircuits.save(TinyCircuits.tiny(50, 100), dir, "good.circuit");
        Circuit c = TinyCircuits.tiny(50, 100);
        c.getPopulations().get(1).setSize(0);
        Path bad = TinyCircuits.save(c, dir, "bad.circuit");
        assertEquals(1, Cli.run("validate", good.toString(), bad.toString()).code());
        assertEquals(2, Cli.run("validate", good.toString(), bad.toString(), dir.resolve("nope.circuit").toString()).code());
    }
}
