package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The run folders under one root, by default {@code <circuit folder>/runs}. Each run gets a
 * folder named {@code <circuit>-<yyyyMMdd-HHmmss>-<seed>} (local time; a {@code -2}, {@code -3}
 * … suffix when that exists), where {@code <circuit>} is the circuit's name made safe
 * (identifier characters only). Deleting is limited to run folders directly under the root.
 */
public final class ResultsStore {

    /** The folder beside a circuit file that holds its runs. */
    public static final String RUNS_FOLDER = "runs";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern RUN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-\\d{8}-\\d{6}--?\\d+(-\\d+)?");
    private static final int MAX_SUFFIX = 1000;

    private final Path root;
    private final Clock clock;

    /** A store under {@code root} (created when the first run is). */
    public ResultsStore(Path root) {
        this(root, Clock.systemDefaultZone());
    }

    /** A store whose folder names take the time from {@code clock} (tests). */
    public ResultsStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The store beside a circuit file: {@code <its folder>/runs}. */
    public static ResultsStore besideCircuit(Path circuitFile) {
        Path dir = circuitFile.toAbsolutePath().getParent();
        return new ResultsStore(dir.resolve(RUNS_FOLDER));
    }

    public Path root() {
        return root;
    }

    /**
     * A name safe for a folder: ASCII letters, digits and '_' kept, other characters replaced
     * by '_', a leading non-letter prefixed with 'c', at most 64 characters; "run" when nothing
     * usable is left. An identifier comes back unchanged.
     */
    public static String safeName(String name) {
        return FileNames.sanitize(name);
    }

    /** Creates a new, empty, uniquely named folder for a run of this circuit and seed. */
    public Path createRunFolder(String circuitName, long seed) throws IOException {
        Files.createDirectories(root);
        String base = safeName(circuitName) + "-" + STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + seed;
        for (int i = 1; i <= MAX_SUFFIX; i++) {
            Path p = root.resolve(i == 1 ? base : base + "-" + i);
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException taken) {
                // another run of the same circuit and seed started in the same second
            }
        }
        throw new IOException("cannot find a free run folder name for " + base + " in " + root);
    }

    /** Creates a run folder for a run and a writer that records into it. */
    public RunFolderWriter newRun(RunProvenance provenance, byte[] circuitBytes) throws IOException {
        return new RunFolderWriter(createRunFolder(provenance.circuitName(), provenance.seed()), provenance,
                circuitBytes);
    }

    /**
     * The runs in the store, oldest first (by start time, then name). Folders that look like
     * runs but cannot be read are listed with the problem; other folders and files are ignored.
     */
    public List<StoredRun> list() throws IOException {
        List<StoredRun> runs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return runs;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                boolean hasManifest = Files.isRegularFile(p.resolve(FileNames.MANIFEST));
                if (hasManifest) {
                    try {
                        runs.add(new StoredRun(p, RunFolderReader.readManifest(p), null));
                    } catch (RunFolderException e) {
                        runs.add(new StoredRun(p, null, e.getMessage()));
                    } catch (IOException e) {
                        // one unreadable folder (permissions, a vanished file) must not hide the others
                        runs.add(new StoredRun(p, null, "Cannot read " + p + ": " + e.getMessage()));
                    }
                } else if (RUN_NAME.matcher(p.getFileName().toString()).matches()) {
                    runs.add(new StoredRun(p, null, "The run never started: " + p + " has no "
                            + FileNames.MANIFEST + "."));
                }
            }
        }
        runs.sort(Comparator.comparing((StoredRun r) -> r.isReadable() ? r.manifest().outcome().started() : Instant.MIN)
                .thenComparing(StoredRun::name));
        return runs;
    }

    /**
     * Deletes a run folder and everything in it (links are removed, never followed).
     *
     * @throws IOException when {@code folder} is not a run folder directly under this store's root
     */
    public void delete(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot delete " + f + ": not a run folder (missing, a file or a link)");
        }
        if (f.getParent() == null || !Files.isSameFile(f.getParent(), root)) {
            throw new IOException("cannot delete " + f + ": it is not in the results store " + root);
        }
        if (!Files.isRegularFile(f.resolve(FileNames.MANIFEST))
                && !RUN_NAME.matcher(f.getFileName().toString()).matches()) {
            throw new IOException("cannot delete " + f + ": it is not a run folder (no " + FileNames.MANIFEST + ")");
        }
        Files.walkFileTree(f, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
