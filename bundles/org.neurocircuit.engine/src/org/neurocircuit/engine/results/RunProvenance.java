package org.neurocircuit.engine.results;

import java.util.List;
import java.util.Objects;

import org.neurocircuit.engine.spi.RunRequest;

/**
 * Where a run came from, as far as its caller knows before it starts (the writer adds the
 * circuit hash, the layout, timings and the host).
 *
 * @param circuitName the circuit's name (free text; the store derives a safe folder name)
 * @param seed the seed of every random choice
 * @param durationMs requested simulated time, ms
 * @param threads worker threads
 * @param backendId the backend's id
 * @param backendVersion the backend's version
 * @param warnings warnings known before the run (e.g. from validation)
 */
public record RunProvenance(String circuitName, long seed, double durationMs, int threads,
        String backendId, String backendVersion, List<String> warnings) {

    public RunProvenance {
        Objects.requireNonNull(circuitName, "circuitName");
        Objects.requireNonNull(backendId, "backendId");
        Objects.requireNonNull(backendVersion, "backendVersion");
        warnings = List.copyOf(warnings);
    }

    /** The provenance of a request run on a backend, named after its network. */
    public static RunProvenance of(RunRequest request, String backendId, String backendVersion,
            List<String> warnings) {
        var s = request.settings();
        return new RunProvenance(request.network().name(), s.seed(), s.duration(), s.threads(),
                backendId, backendVersion, warnings);
    }
}
