package org.neurocircuit.engine.results;

import java.util.List;
import java.util.Objects;

import org.neurocircuit.engine.spi.RecordingLayout;

/**
 * Everything run.json says about a run.
 *
 * @param formatVersion the run folder format version
 * @param provenance circuit name, seed, threads, backend, warnings
 * @param circuitSha256 SHA-256 of the circuit file's bytes (lower-case hex), or {@code null}
 *                      when the caller gave none
 * @param circuitFile the copy of the circuit in the folder, or {@code null}
 * @param outcome status, reason, times and costs
 * @param host the machine it ran on
 * @param layout what was recorded (dt, steps, populations, channels)
 * @param columns per channel (same order as {@code layout.channels()}) its files and record
 *                count
 */
public record RunManifest(int formatVersion, RunProvenance provenance, String circuitSha256,
        String circuitFile, RunOutcome outcome, HostInfo host, RecordingLayout layout,
        List<ChannelColumns> columns) {

    /** The value of run.json's "format" field. */
    public static final String FORMAT = "neurocircuit-run";

    /** The format version this code writes and the newest it reads. */
    public static final int VERSION = 1;

    public RunManifest {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(layout, "layout");
        columns = List.copyOf(columns);
        if (columns.size() != layout.channels().size()) {
            throw new IllegalArgumentException(columns.size() + " column sets for "
                    + layout.channels().size() + " channels");
        }
    }

    /** How the run ended. */
    public RunStatus status() {
        return outcome.status();
    }

    /** Simulated time the run was laid out for, ms ({@code steps * dt}). */
    public double plannedDurationMs() {
        return layout.steps() * layout.dt();
    }

    /** This manifest with another outcome. */
    RunManifest withOutcome(RunOutcome o) {
        return new RunManifest(formatVersion, provenance, circuitSha256, circuitFile, o, host, layout, columns);
    }

    /** This manifest with other columns. */
    RunManifest withColumns(List<ChannelColumns> c) {
        return new RunManifest(formatVersion, provenance, circuitSha256, circuitFile, outcome, host, layout, c);
    }

    /** This manifest with other provenance (e.g. warnings added while running). */
    RunManifest withProvenance(RunProvenance p) {
        return new RunManifest(formatVersion, p, circuitSha256, circuitFile, outcome, host, layout, columns);
    }
}
