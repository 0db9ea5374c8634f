package org.neurocircuit.engine.run;

import java.util.concurrent.CancellationException;

import org.neurocircuit.engine.run.RunRefusedException.Reason;
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
     * What a session did.
     *
     * @param estimate the backend's memory estimate
     * @param built what the build produced
     * @param summary what the run did
     */
    public record Result(MemoryEstimate estimate, NetworkSummary built, RunSummary summary) {
    }

    /** Creates the sink once the network is built. */
    @FunctionalInterface
    public interface SinkFactory {
        RecordingSink create() throws RunRefusedException;
    }

    private SessionRunner() {
    }

    /**
     * Refuses a network the backend cannot simulate.
     *
     * @param installed the installed backends' ids, for the message
     * @throws RunRefusedException ({@link Reason#UNSUPPORTED}) naming every unsupported element
     */
    public static void requireSupport(SimulationBackendProvider backend, RunRequest request, String installed)
            throws RunRefusedException {
        SupportReport report = backend.supports(request.network());
        if (report.isFullySupported()) {
            return;
        }
        StringBuilder b = new StringBuilder("backend '" + backend.id() + "' cannot simulate circuit '"
                + request.network().name() + "':");
        report.unsupported().forEach(u -> b.append(System.lineSeparator()).append("  ").append(u));
        b.append(System.lineSeparator()).append("Choose another backend (installed: ").append(installed)
                .append("), or change these elements.");
        throw new RunRefusedException(Reason.UNSUPPORTED, b.toString());
    }

    /**
     * Estimates, builds and runs. The session closes the sink whatever happens while running.
     *
     * @throws RunRefusedException when refused for memory, failing to build, cancelled while
     *                             building, or when the sink cannot be created
     */
    public static Result run(SimulationBackendProvider backend, RunRequest request, SinkFactory sinks,
            RunObserver observer) throws RunRefusedException {
        String name = request.network().name();
        try (SimulationSession session = open(backend, request)) {
            observer.phase(RunPhase.ESTIMATE, request.settings());
            MemoryEstimate estimate = session.estimateMemory();
            if (!estimate.fits()) {
                throw new RunRefusedException(Reason.MEMORY, estimate.refusalMessage(name));
            }
            NetworkSummary built;
            try {
                observer.phase(RunPhase.BUILD, request.settings());
                if (observer.isCancelled()) {
                    throw new CancellationException();
                }
                built = session.prepare(observer);
            } catch (MemoryLimitExceededException e) {
                throw new RunRefusedException(Reason.MEMORY, e.getMessage());
            } catch (CancellationException e) {
                throw new RunRefusedException(Reason.CANCELLED, "cancelled while building network '" + name
                        + "'; no run folder was written.");
            } catch (SimulationException e) {
                throw new RunRefusedException(Reason.BUILD_FAILED, "backend '" + backend.id()
                        + "' could not build network '" + name + "': " + e.getMessage(), null, e);
            }
            RecordingSink sink = sinks.create();
            observer.phase(RunPhase.SIMULATE, request.settings());
            return new Result(estimate, built, session.run(sink, observer));
        }
    }

    private static SimulationSession open(SimulationBackendProvider backend, RunRequest request)
            throws RunRefusedException {
        try {
            return backend.createSession(request);
        } catch (SimulationException e) {
            throw new RunRefusedException(Reason.BUILD_FAILED, "backend '" + backend.id() + "' cannot run network '"
                    + request.network().name() + "': " + e.getMessage(), null, e);
        }
    }
}
