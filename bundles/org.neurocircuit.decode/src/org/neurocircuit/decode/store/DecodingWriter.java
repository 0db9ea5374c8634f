package org.neurocircuit.decode.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.engine.json.AtomicFiles;
import org.neurocircuit.engine.json.JsonWriter;
import org.neurocircuit.engine.json.NonFinite;
import org.neurocircuit.engine.results.ResultsStore;

/**
 * Writes a decoding into a new folder {@code <base>/decoding/<task>-<yyyyMMdd-HHmmss>[-n]/}
 * (base: the run folder it decodes, or the folder of the CSV input). Everything is written into a
 * hidden sibling first, forced to disk, and the folder is then renamed into place, so a reader
 * sees a complete decoding or none.
 */
public final class DecodingWriter {

    /** The folder beside the input that holds decodings. */
    public static final String FOLDER = "decoding";
    /** The result file. */
    public static final String RESULT = "result.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_SUFFIX = 1000;

    private final Clock clock;

    /** A writer naming folders by {@code clock}'s local time. */
    public DecodingWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes the decoding and returns its folder. */
    public Path write(Path base, DecodingProvenance p, DecodingResult r) throws IOException {
        Path root = base.resolve(FOLDER);
        Files.createDirectories(root);
        String name = ResultsStore.safeName(p.task()) + "-" + STAMP.format(clock.instant().atZone(clock.getZone()));
        Path tmp = Files.createTempDirectory(root, ".partial-");
        try {
            fill(tmp, p, r);
            for (int i = 1; i <= MAX_SUFFIX; i++) {
                Path target = root.resolve(i == 1 ? name : name + "-" + i);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    AtomicFiles.move(tmp, target, false);
                    return target;
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException taken) {
                    // another decoding of the same task finished in the same second
                }
            }
            throw new IOException("no free folder name for " + name + " in " + root);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void fill(Path dir, DecodingProvenance p, DecodingResult r) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("predictions", "predictions.f32");
        files.put("truth", "truth.f32");
        files.put("bins", "bins.i32");
        files.put("folds", "folds.i32");
        ColumnFiles.writeFloats(dir.resolve("predictions.f32"), r.predictions());
        ColumnFiles.writeFloats(dir.resolve("truth.f32"), r.truth());
        ColumnFiles.writeInts(dir.resolve("bins.i32"), r.bins());
        ColumnFiles.writeInts(dir.resolve("folds.i32"), r.foldOf());
        if (r.weights() != null) {
            files.put("weights", "weights.f32");
            double[][] w = r.weights().weights();
            double[] flat = new double[w.length * w[0].length];
            for (int o = 0; o < w.length; o++) {
                System.arraycopy(w[o], 0, flat, o * w[0].length, w[0].length);
            }
            ColumnFiles.writeFloats(dir.resolve("weights.f32"), flat);
        }
        // Undefined metrics (R² of a constant target) are NaN and stored as null.
        Files.write(dir.resolve(RESULT), JsonWriter.write(ResultJson.of(p, r, files), NonFinite.AS_NULL).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
