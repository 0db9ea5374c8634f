package org.neurocircuit.engine.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.spi.Completion;

/** Foreign, garbage and damaged folders fail with a message naming the folder and the file. */
class RunFolderErrorsTest {

    private Path tmp;

    @BeforeEach
    void createFolder() throws IOException {
        tmp = TempFolder.create();
    }

    @AfterEach
    void deleteFolder() throws IOException {
        TempFolder.delete(tmp);
    }

    private RunFolderException fails(Path folder) {
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderReader.open(folder));
        assertEquals(folder, e.folder());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
        return e;
    }

    private Path goodRun() throws IOException {
        Path folder = tmp.resolve("good");
        RunFolderWriter w = new RunFolderWriter(folder, Runs.provenance(), Runs.CIRCUIT);
        w.open(Runs.layout());
        w.close(Completion.COMPLETE, "");
        return folder;
    }

    private static void edit(Path folder, String from, String to) throws IOException {
        Path f = folder.resolve("run.json");
        String s = Files.readString(f);
        assertTrue(s.contains(from), from);
        Files.writeString(f, s.replace(from, to));
    }

    @Test
    void missingFolder() {
        assertTrue(fails(tmp.resolve("nope")).getMessage().contains("does not exist"));
    }

    @Test
    void folderWithoutManifest() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(f.resolve("cat.jpg"), "meow");
        assertTrue(fails(f).getMessage().contains("is not a run folder: it has no run.json"));
    }

    @Test
    void garbageManifest() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("garbage"));
        Files.writeString(f.resolve("run.json"), "{\"format\": \"neurocircuit-run\",\n oops");
        String m = fails(f).getMessage();
        assertTrue(m.contains(f.resolve("run.json").toString()) && m.contains("not a valid run manifest")
                && m.contains("line 2"), m);
    }

    @Test
    void binaryManifest() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("binary"));
        Files.write(f.resolve("run.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertTrue(fails(f).getMessage().contains("not UTF-8"));
    }

    @Test
    void foreignJson() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(f.resolve("run.json"), "{\"format\": \"someone-elses\", \"runs\": []}", StandardCharsets.UTF_8);
        String m = fails(f).getMessage();
        assertTrue(m.contains("not a NeuroCircuit run: \"format\" is \"someone-elses\""), m);
        Files.writeString(f.resolve("run.json"), "[1, 2, 3]");
        assertTrue(fails(f).getMessage().contains("not a JSON object"));
    }

    @Test
    void newerFormat() throws IOException {
        Path f = goodRun();
        edit(f, "\"formatVersion\": 1", "\"formatVersion\": 7");
        String m = fails(f).getMessage();
        assertTrue(m.contains("newer NeuroCircuit") && m.contains("format version 7"), m);
    }

    @Test
    void badFieldsAreNamed() throws IOException {
        Path f = goodRun();
        edit(f, "\"kind\": \"rate\"", "\"kind\": \"video\"");
        assertTrue(fails(f).getMessage().contains("field 'channels[3].kind': expected spikes, state or rate"));
        f = tmp.resolve("good");
        edit(f, "\"kind\": \"video\"", "\"kind\": \"rate\"");
        edit(f, "\"dt\": 0.1", "\"dt\": \"fast\"");
        assertTrue(fails(f).getMessage().contains("field 'dt' must be a number"));
        edit(f, "\"dt\": \"fast\"", "\"dt\": 0.1");
        edit(f, "\"seed\": 42,", "");
        assertTrue(fails(f).getMessage().contains("field 'seed' is missing"));
        edit(f, "\"completion\": \"complete\"", "\"completion\": \"maybe\"");
        assertTrue(fails(f).getMessage().contains("field 'completion'"));
    }

    @Test
    void negativeCountsAreRefused() throws IOException {
        Path f = goodRun();
        edit(f, "\"records\": 0", "\"records\": -5");
        assertTrue(fails(f).getMessage().contains("field 'channels[0].records': must not be negative"));
    }

    @Test
    void missingColumnFile() throws IOException {
        Path f = goodRun();
        Files.delete(f.resolve("state-2-vE.steps.i32"));
        String m = fails(f).getMessage();
        assertTrue(m.contains("damaged") && m.contains("state-2-vE.steps.i32"), m);
    }

    @Test
    void fileNamesThatLeaveTheFolderAreRefused() throws IOException {
        Path f = goodRun();
        edit(f, "\"rate-3.f32\"", "\"../../etc/passwd\"");
        String m = fails(f).getMessage();
        assertTrue(m.contains("unsafe file name \"../../etc/passwd\""), m);
        edit(f, "\"../../etc/passwd\"", "\"/etc/passwd\"");
        assertTrue(fails(f).getMessage().contains("unsafe file name"));
    }

    @Test
    void inconsistentLayout() throws IOException {
        Path f = goodRun();
        edit(f, "\"offset\": 8", "\"offset\": 9");
        assertTrue(fails(f).getMessage().contains("population 'I' has offset 9"));
    }
}
