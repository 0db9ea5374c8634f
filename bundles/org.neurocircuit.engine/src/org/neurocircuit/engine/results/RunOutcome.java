package org.neurocircuit.engine.results;

import java.time.Instant;
import java.util.Objects;

/**
 * How and when a run ended, and what it cost.
 *
 * @param status how it ended
 * @param reason why it did not complete (empty when complete or still running)
 * @param started when the writer opened the run
 * @param ended when the writer closed it; {@code null} while running or when interrupted
 * @param wallTimeMs wall-clock time, ms: the engine's main loop once its summary is recorded,
 *                   else open-to-close as the writer measured it; NaN when interrupted
 * @param cpuTimeMs CPU time of the engine's threads, ms; NaN unless the engine reported it
 * @param totalSpikes spikes of all neurons, recorded or not; -1 unless the engine reported it
 * @param synapticEvents spike deliveries to synapses; -1 unless the engine reported it
 * @param simulatedSteps steps simulated: all of them when complete, the engine's count once its
 *                       summary is recorded; -1 when unknown (interrupted, or no summary)
 */
public record RunOutcome(RunStatus status, String reason, Instant started, Instant ended,
        double wallTimeMs, double cpuTimeMs, long totalSpikes, long synapticEvents, long simulatedSteps) {

    public RunOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        reason = reason == null ? "" : reason;
    }

    /** The outcome of a run that has started and not yet ended. */
    static RunOutcome running(Instant started) {
        return new RunOutcome(RunStatus.INTERRUPTED, "", started, null, Double.NaN, Double.NaN, -1, -1, -1);
    }
}
