package org.neurocircuit.engine.run;

import java.nio.file.Path;

/**
 * What the caller changes about a run; {@code null} keeps the circuit's own setting.
 *
 * @param backendId backend to run on; {@code null}: the circuit's, else the preferred one
 * @param durationMs simulated time, ms
 * @param seed seed of every random choice
 * @param threads worker threads
 * @param dtMs time step, ms
 * @param memoryLimit largest memory the run may use, bytes; 0 for the default share of the heap
 * @param runsFolder folder to create the run folder in; {@code null}: {@code runs} beside the circuit
 */
public record RunOptions(String backendId, Double durationMs, Long seed, Integer threads, Double dtMs,
        long memoryLimit, Path runsFolder) {

    /** The circuit's own settings, on its backend, recorded beside it. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, null, null, null, 0, null);
    }

    public RunOptions withBackend(String id) {
        return new RunOptions(id, durationMs, seed, threads, dtMs, memoryLimit, runsFolder);
    }

    public RunOptions withDuration(Double ms) {
        return new RunOptions(backendId, ms, seed, threads, dtMs, memoryLimit, runsFolder);
    }

    public RunOptions withSeed(Long s) {
        return new RunOptions(backendId, durationMs, s, threads, dtMs, memoryLimit, runsFolder);
    }

    public RunOptions withThreads(Integer n) {
        return new RunOptions(backendId, durationMs, seed, n, dtMs, memoryLimit, runsFolder);
    }

    public RunOptions withDt(Double ms) {
        return new RunOptions(backendId, durationMs, seed, threads, ms, memoryLimit, runsFolder);
    }

    public RunOptions withMemoryLimit(long bytes) {
        return new RunOptions(backendId, durationMs, seed, threads, dtMs, bytes, runsFolder);
    }

    public RunOptions withRunsFolder(Path folder) {
        return new RunOptions(backendId, durationMs, seed, threads, dtMs, memoryLimit, folder);
    }
}
