package org.neurocircuit.engine.run;

import java.nio.file.Path;

import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.RunMonitor;

/**
 * Follows a run through its phases: the backend's progress and the cancellation request (as a
 * {@link RunMonitor}), the phase being entered, and the run folder once it exists.
 */
public interface RunObserver extends RunMonitor {

    /**
     * A phase begins.
     *
     * @param settings the run's settings, or {@code null} before the circuit is lowered
     */
    default void phase(RunPhase phase, SimulationSettings settings) {
    }

    /** The run folder was created; the run writes into it from now on. */
    default void runFolder(Path folder) {
    }

    /** An observer that only reports progress to, and takes cancellation from, {@code monitor}. */
    static RunObserver of(RunMonitor monitor) {
        return new RunObserver() {
            @Override
            public void begin(String task, long totalWork) {
                monitor.begin(task, totalWork);
            }

            @Override
            public void worked(long units) {
                monitor.worked(units);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
