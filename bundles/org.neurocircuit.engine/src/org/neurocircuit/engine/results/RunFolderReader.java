package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;

/**
 * Opens a run folder: reads and checks run.json, and works out how many whole records each
 * channel's columns hold. A run whose run.json still says "running" opens as
 * {@link RunStatus#INTERRUPTED} with the valid prefix of its data; a partial trailing record is
 * ignored (the files are never modified) and described in {@link RunResults#notes()}. Folders
 * that are missing, foreign or damaged beyond that fail with a {@link RunFolderException}
 * naming the folder and the file.
 */
public final class RunFolderReader {

    /** run.json is small; anything larger is not one of ours. */
    private static final long MAX_MANIFEST_BYTES = 64L << 20;

    /** Largest record count that fits a Java array. */
    private static final long MAX_RECORDS = Integer.MAX_VALUE - 8;

    private RunFolderReader() {
    }

    /** Opens the run in {@code folder}; data is read later, channel by channel. */
    public static RunResults open(Path folder) throws IOException {
        RunManifest m = readManifest(folder);
        RecordingLayout layout = m.layout();
        List<String> notes = new ArrayList<>();
        long[] valid = new long[layout.channels().size()];
        for (int i = 0; i < valid.length; i++) {
            valid[i] = validRecords(folder, layout, layout.channels().get(i), m.columns().get(i), m.status(), notes);
        }
        if (m.circuitFile() != null && !Files.isRegularFile(resolve(folder, m.circuitFile()))) {
            notes.add("the circuit copy " + m.circuitFile() + " is missing");
        }
        return new RunResults(folder, m, valid, notes);
    }

    /** Reads and checks run.json alone (used to list runs quickly). */
    public static RunManifest readManifest(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new RunFolderException(folder, "Run folder " + folder + " does not exist or is not a folder.");
        }
        Path file = folder.resolve(FileNames.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new RunFolderException(folder, folder + " is not a run folder: it has no " + FileNames.MANIFEST + ".");
        }
        long size = Files.size(file);
        if (size > MAX_MANIFEST_BYTES) {
            throw new RunFolderException(folder, file + " is " + size + " bytes, too large for a run manifest.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new RunFolderException(folder, file + " is not a run manifest: it is not UTF-8 text.", e);
        }
        RunManifest m;
        try {
            m = ManifestCodec.decode(text);
        } catch (IllegalArgumentException e) {
            throw new RunFolderException(folder, file + " is not a valid run manifest: " + e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new RunFolderException(folder, file + " was written by a newer NeuroCircuit: " + e.getMessage(), e);
        }
        checkLayout(folder, file, m.layout());
        return m;
    }

    private static void checkLayout(Path folder, Path file, RecordingLayout l) throws RunFolderException {
        long next = 0;
        for (var p : l.populations()) {
            if (p.offset() != next || p.size() < 0) {
                throw new RunFolderException(folder, file + ": population '" + p.name() + "' has offset "
                        + p.offset() + " and size " + p.size() + "; offset " + next + " expected.");
            }
            next += p.size();
        }
        for (int i = 0; i < l.channels().size(); i++) {
            Channel c = l.channels().get(i);
            int size = l.populations().get(c.population()).size();
            int[] filter = c.neurons();
            if (c.index() != i) {
                throw new RunFolderException(folder, file + ": channel " + i + " has index " + c.index() + ".");
            }
            if (filter != null) {
                for (int n : filter) {
                    if (n >= size) {
                        throw new RunFolderException(folder, file + ": channel '" + c.name() + "' records neuron "
                                + n + " of a population of " + size + ".");
                    }
                }
            }
        }
    }

    private static long validRecords(Path folder, RecordingLayout layout, Channel c, ChannelColumns cc,
            RunStatus status, List<String> notes) throws IOException {
        int width = c.kind() != Kind.STATE ? 1
                : c.neurons() != null ? c.neurons().length : layout.populations().get(c.population()).size();
        long records = whole(folder, cc.values(), 4L * width, notes);
        if (cc.steps() != null) {
            records = Math.min(records, whole(folder, cc.steps(), 4, notes));
        } else if (c.kind() != Kind.RATE) {
            throw new RunFolderException(folder, folder.resolve(FileNames.MANIFEST) + ": channel '" + c.name()
                    + "' names no steps file.");
        }
        if (status != RunStatus.INTERRUPTED) {
            if (records < cc.records()) {
                notes.add(cc.values() + ": holds " + records + " of the " + cc.records()
                        + " records run.json lists; the folder was damaged after the run.");
            }
            records = Math.min(records, cc.records());
        }
        long values = records * width;
        if (records > MAX_RECORDS || values > MAX_RECORDS) {
            throw new RunFolderException(folder, folder.resolve(cc.values()) + " holds " + values
                    + " values, more than one array can load.");
        }
        return records;
    }

    /** Whole records of {@code recordBytes} in a column file, noting a partial tail. */
    private static long whole(Path folder, String name, long recordBytes, List<String> notes) throws IOException {
        Path f = resolve(folder, name);
        if (!Files.isRegularFile(f)) {
            throw new RunFolderException(folder, "Run folder " + folder + " is damaged: the column file " + name
                    + " listed in run.json is missing.");
        }
        long size = Files.size(f);
        if (recordBytes == 0) {
            return Long.MAX_VALUE;
        }
        long tail = size % recordBytes;
        if (tail != 0) {
            notes.add(name + ": " + tail + " trailing bytes of a partial record ignored.");
        }
        return size / recordBytes;
    }

    static Path resolve(Path folder, String name) throws RunFolderException {
        try {
            return FileNames.resolveStored(folder, name);
        } catch (IllegalArgumentException e) {
            throw new RunFolderException(folder, folder.resolve(FileNames.MANIFEST) + " names an " + e.getMessage() + ".");
        }
    }
}
