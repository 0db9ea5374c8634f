package org.neurocircuit.cli.run;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.cli.console.ConsoleProgress;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.MemoryLimitExceededException;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationException;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;

/**
 * One run through a backend's session lifecycle, with the checks a user should hear about before
 * waiting: unsupported elements, then the memory estimate against the limit, then build and run.
 * The sink is created only once the network is built, so a refused or cancelled build leaves no
 * empty run folder behind.
 */
public final class SessionRunner {

    /**
     * What a run did.
     *
     * @param estimate the backend's memory estimate
     * @param built what the build produced
     * @param summary what the run did
     */
    public record Result(MemoryEstimate estimate, NetworkSummary built, RunSummary summary) {
    }

    private SessionRunner() {
    }

    /**
     * Refuses a network the backend cannot simulate.
     *
     * @throws CliException (exit 1) naming every unsupported element
     */
    public static void requireSupport(SimulationBackendProvider backend, RunRequest request, String otherBackends) {
        SupportReport report = backend.supports(request.network());
        if (report.isFullySupported()) {
            return;
        }
        StringBuilder b = new StringBuilder("backend '" + backend.id() + "' cannot simulate circuit '"
                + request.network().name() + "':");
        report.unsupported().forEach(u -> b.append(System.lineSeparator()).append("  ").append(u));
        b.append(System.lineSeparator()).append("Choose another backend with --backend (installed: ")
                .append(otherBackends).append("), or change these elements.");
        throw CliException.failed(b.toString());
    }

    /**
     * Estimates, builds and runs.
     *
     * @param sinkFactory creates the sink once the network is built
     * @throws CliException exit 1 when refused for memory or failing to build, exit 130 when
     *                      cancelled while building
     */
    public static Result run(SimulationBackendProvider backend, RunRequest request,
            Supplier<? extends RecordingSink> sinkFactory, ConsoleProgress progress) {
        String name = request.network().name();
        try (SimulationSession session = backend.createSession(request)) {
            MemoryEstimate estimate = session.estimateMemory();
            if (!estimate.fits()) {
                throw CliException.failed(estimate.refusalMessage(name));
            }
            NetworkSummary built;
            try {
                progress.building();
                built = session.prepare(progress);
            } catch (MemoryLimitExceededException e) {
                throw CliException.failed(e.getMessage());
            } catch (CancellationException e) {
                throw new CliException(ExitCodes.INTERRUPTED, "interrupted while building network '" + name
                        + "'; no run folder was written.");
            } catch (SimulationException e) {
                throw CliException.failed("backend '" + backend.id() + "' could not build network '" + name + "': "
                        + e.getMessage());
            } finally {
                progress.done();
            }
            RecordingSink sink = sinkFactory.get();
            try {
                progress.simulating(request.settings().dt(), request.settings().duration());
                return new Result(estimate, built, session.run(sink, progress));
            } finally {
                progress.done();
            }
        }
    }
}
