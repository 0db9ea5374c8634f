package org.neurocircuit.engine.run;

import java.nio.file.Path;

import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * A run that happened (complete, cancelled or failed: see {@code summary().completion()}).
 *
 * @param folder the run folder, readable whatever the completion
 * @param backend the backend it ran on
 * @param request the network and settings that ran
 * @param estimate the backend's memory estimate
 * @param built what the build produced
 * @param summary what the run did
 */
public record RunResult(Path folder, SimulationBackendProvider backend, RunRequest request, MemoryEstimate estimate,
        NetworkSummary built, RunSummary summary) {
}
