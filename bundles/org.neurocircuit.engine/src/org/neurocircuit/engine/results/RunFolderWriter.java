package org.neurocircuit.engine.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.neurocircuit.engine.json.AtomicFiles;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunSummary;

/**
 * Records one run into one folder (layout in FORMAT.md). {@link #open} creates the column files
 * and writes run.json saying "running"; data is appended to the columns through buffers that
 * reach the file when full and at least once a second; {@link #close} flushes, forces the
 * columns to disk and only then replaces run.json, atomically, with the outcome. So a killed
 * run leaves a folder whose run.json says "running" and whose columns hold a valid prefix.
 *
 * <p>After {@code SimulationSession.run} returns, {@link #recordSummary} adds the engine's own
 * timings and counts. Data methods report I/O failures as {@link UncheckedIOException}, since
 * the sink interface cannot throw checked exceptions. Used from one thread, as the sink
 * contract says.
 */
public final class RunFolderWriter implements RecordingSink {

    private static final long FLUSH_EVERY_NANOS = 1_000_000_000L;

    private final Path folder;
    private final RunProvenance provenance;
    private final byte[] circuit;
    private final List<String> warnings;

    private RunManifest manifest;
    private ColumnSet columns;
    private long openNanos;
    private long lastFlush;
    private boolean closed;

    /**
     * A writer for a new run in {@code folder}, which must be empty or not exist yet.
     *
     * @param circuitBytes the bytes of the circuit file that runs, copied into the folder and
     *                     hashed; {@code null} when the run has no file (e.g. a network built in code)
     */
    public RunFolderWriter(Path folder, RunProvenance provenance, byte[] circuitBytes) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.circuit = circuitBytes == null ? null : circuitBytes.clone();
        this.warnings = new ArrayList<>(provenance.warnings());
    }

    /** The run folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void open(RecordingLayout layout) {
        if (columns != null) {
            throw new IllegalStateException("run folder " + folder + " is already open");
        }
        try {
            prepareFolder();
            if (circuit != null) {
                Files.write(folder.resolve(FileNames.CIRCUIT), circuit, StandardOpenOption.CREATE_NEW);
            }
            columns = ColumnSet.create(folder, layout);
            manifest = new RunManifest(RunManifest.VERSION, provenance,
                    circuit == null ? null : ContentHash.sha256(circuit), circuit == null ? null : FileNames.CIRCUIT,
                    RunOutcome.running(Instant.now()), HostInfo.current(), layout, columns.columns());
            openNanos = System.nanoTime();
            lastFlush = openNanos;
            AtomicFiles.write(folder.resolve(FileNames.MANIFEST), ManifestCodec.encode(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private void prepareFolder() throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                throw new IOException("run folder " + folder + " is not empty");
            }
        }
    }

    @Override
    public void spikes(int channel, int count, int[] neurons, int[] steps) {
        check(channel, Kind.SPIKES);
        try {
            columns.putSpikes(channel, count, neurons, steps);
        } catch (IOException e) {
            throw failure(channel, e);
        }
        maybeFlush();
    }

    @Override
    public void samples(int channel, int step, float[] values) {
        check(channel, Kind.STATE);
        if (values.length < columns.width(channel)) {
            throw new IllegalArgumentException("channel " + channel + " records " + columns.width(channel)
                    + " neurons; a sample of " + values.length + " values came");
        }
        try {
            columns.putSample(channel, step, values);
        } catch (IOException e) {
            throw failure(channel, e);
        }
        maybeFlush();
    }

    @Override
    public void rates(int channel, int firstBin, int count, float[] ratesHz) {
        check(channel, Kind.RATE);
        if (firstBin != columns.records(channel)) {
            // Bins are stored without their index, so they must come without gaps.
            throw new IllegalArgumentException("channel " + channel + " expected bin " + columns.records(channel)
                    + " next, got bin " + firstBin);
        }
        try {
            columns.putRates(channel, count, ratesHz);
        } catch (IOException e) {
            throw failure(channel, e);
        }
        maybeFlush();
    }

    private void check(int channel, Kind kind) {
        if (manifest == null || closed) {
            throw new IllegalStateException("run folder " + folder + (closed ? " is closed" : " is not open"));
        }
        Kind actual = manifest.layout().channels().get(channel).kind();
        if (actual != kind) {
            throw new IllegalArgumentException("channel " + channel + " records " + actual + ", not " + kind);
        }
    }

    private UncheckedIOException failure(int channel, IOException e) {
        return new UncheckedIOException("cannot write " + columns.valuesFile(channel) + ": " + e.getMessage(), e);
    }

    /** Bounds what a killed process loses to about a second of recording. */
    private void maybeFlush() {
        long now = System.nanoTime();
        if (now - lastFlush < FLUSH_EVERY_NANOS) {
            return;
        }
        lastFlush = now;
        try {
            columns.flushAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Adds a warning to run.json (written at close or with the summary). */
    public void warn(String warning) {
        warnings.add(Objects.requireNonNull(warning));
    }

    /**
     * Flushes and closes the columns, then records the outcome in run.json. A failure to write
     * a column turns the outcome into "failed" naming the file. Does nothing when never opened
     * or already closed.
     *
     * @throws UncheckedIOException when a column or run.json could not be written (after
     *                              trying to write everything else)
     */
    @Override
    public void close(Completion completion, String reason) {
        if (manifest == null || closed) {
            return;
        }
        closed = true;
        IOException first = columns.closeAll(true);
        RunStatus status = first == null ? RunStatus.of(completion) : RunStatus.FAILED;
        String why = first == null ? reason : first.getMessage();
        double wallMs = (System.nanoTime() - openNanos) / 1e6;
        RunOutcome o = manifest.outcome();
        manifest = manifest.withColumns(columns.columns()).withOutcome(new RunOutcome(status, why, o.started(),
                Instant.now(), wallMs, Double.NaN, -1, -1, status.isComplete() ? manifest.layout().steps() : -1));
        try {
            writeManifest();
        } catch (IOException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw new UncheckedIOException("run folder " + folder + ": " + first.getMessage(), first);
        }
    }

    /**
     * Records the engine's summary (wall and CPU time of its main loop, all spikes, synaptic
     * events, steps simulated) in run.json; call after the run, once the sink is closed.
     */
    public void recordSummary(RunSummary summary) throws IOException {
        if (!closed) {
            throw new IllegalStateException("record the summary after the run has closed " + folder);
        }
        RunOutcome o = manifest.outcome();
        manifest = manifest.withOutcome(new RunOutcome(o.status(), o.reason(), o.started(), o.ended(),
                summary.wallNanos() / 1e6, summary.cpuNanos() / 1e6, summary.spikes(), summary.synapticEvents(),
                summary.steps()));
        writeManifest();
    }

    private void writeManifest() throws IOException {
        RunProvenance p = manifest.provenance();
        manifest = manifest.withProvenance(new RunProvenance(p.circuitName(), p.seed(), p.durationMs(), p.threads(),
                p.backendId(), p.backendVersion(), warnings));
        AtomicFiles.write(folder.resolve(FileNames.MANIFEST), ManifestCodec.encode(manifest));
    }
}
