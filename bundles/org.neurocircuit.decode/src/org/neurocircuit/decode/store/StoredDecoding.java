package org.neurocircuit.decode.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neurocircuit.engine.json.JsonParser;

/**
 * A decoding read back from its folder (for views and the CLI): result.json as a tree, and the
 * columns of held-out predictions.
 *
 * @param folder the decoding's folder
 * @param result result.json ({@link JsonParser} types: maps, lists, strings, longs, doubles, booleans)
 * @param predictions the pooled held-out predictions
 * @param truth the true target at the same bins
 * @param bins the bin index of each; its centre is at {@code startMs + (bin + 0.5)·binMs}
 * @param folds the fold (from 0) of each
 * @param weights outputs × columns weights, row-major, or {@code null}
 */
public record StoredDecoding(Path folder, Map<String, Object> result, float[] predictions, float[] truth, int[] bins,
        int[] folds, float[] weights) {

    /**
     * Reads a decoding folder.
     *
     * @throws IOException when it is not one, naming the folder and the problem
     */
    @SuppressWarnings("unchecked")
    public static StoredDecoding read(Path folder) throws IOException {
        Path file = folder.resolve(DecodingWriter.RESULT);
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + " is not a decoding folder: it has no " + DecodingWriter.RESULT);
        }
        Object tree;
        try {
            tree = JsonParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(tree instanceof Map<?, ?> m) || !ResultJson.FORMAT.equals(m.get("format"))) {
            throw new IOException(file + " is not a NeuroCircuit decoding result");
        }
        Map<String, Object> result = (Map<String, Object>) tree;
        if (((Number) result.get("formatVersion")).intValue() > ResultJson.VERSION) {
            throw new IOException(file + " was written by a newer NeuroCircuit (format version "
                    + result.get("formatVersion") + ")");
        }
        Map<String, Object> files = (Map<String, Object>) result.get("files");
        float[] weights = files.containsKey("weights") ? ColumnFiles.readFloats(column(folder, files, "weights"))
                : null;
        return new StoredDecoding(folder, result, ColumnFiles.readFloats(column(folder, files, "predictions")),
                ColumnFiles.readFloats(column(folder, files, "truth")),
                ColumnFiles.readInts(column(folder, files, "bins")),
                ColumnFiles.readInts(column(folder, files, "folds")), weights);
    }

    /**
     * The decoding folders under {@code base/decoding} (complete ones; a decoding still being
     * written has a hidden name), oldest first by name.
     */
    public static List<Path> listIn(Path base) throws IOException {
        Path root = base.resolve(DecodingWriter.FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(DecodingWriter.RESULT))).sorted().toList();
        }
    }

    /** The pooled metrics object of result.json. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> pooled() {
        return (Map<String, Object>) result.get("pooled");
    }

    /** The per-fold objects of result.json. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> foldResults() {
        return (List<Map<String, Object>>) result.get("folds");
    }

    private static Path column(Path folder, Map<String, Object> files, String key) throws IOException {
        Object name = files.get(key);
        if (!(name instanceof String s) || !s.matches("[a-z]+\\.(f32|i32)")) {
            throw new IOException(folder.resolve(DecodingWriter.RESULT) + " names no safe '" + key + "' file");
        }
        return folder.resolve(s);
    }
}
