package org.neurocircuit.engine.run;

import java.nio.file.Path;
import java.util.List;

import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * The checks before a run, in the order a user should hear about them: load, validate and
 * lower, apply the options, choose the backend, check it supports every element. What passes is
 * a {@link PreparedRun}, which estimates memory, builds and records.
 */
public final class RunPipeline {

    private RunPipeline() {
    }

    /** Loads, checks and runs a circuit file: {@link #prepare} then {@link PreparedRun#execute}. */
    public static RunResult run(Path circuitFile, RunOptions options, BackendRegistry registry, RunObserver observer)
            throws RunRefusedException {
        observer.phase(RunPhase.LOAD, null);
        return prepare(CircuitSource.read(circuitFile), options, registry, observer).execute(observer);
    }

    /**
     * Checks a loaded circuit against the options and the backends.
     *
     * @throws RunRefusedException for an invalid circuit, options that cannot run, an unknown or
     *                             unavailable backend, or elements the backend cannot simulate
     */
    public static PreparedRun prepare(CircuitSource source, RunOptions options, BackendRegistry registry,
            RunObserver observer) throws RunRefusedException {
        checkOptions(options);
        observer.phase(RunPhase.CHECK, null);
        CircuitCheck.Checked checked = CircuitCheck.lower(source);
        LoweredCircuit lowered = checked.lowered();
        RunRequest request = request(lowered, options);
        observer.phase(RunPhase.BACKEND, request.settings());
        SimulationBackendProvider backend = BackendChoice.choose(registry, options.backendId(), lowered.backendId());
        SessionRunner.requireSupport(backend, request, String.join(", ", registry.ids()));
        ResultsStore store = options.runsFolder() != null ? new ResultsStore(options.runsFolder())
                : ResultsStore.besideCircuit(source.file());
        List<String> warnings = checked.warnings().stream().map(Finding::toString).toList();
        return new PreparedRun(source, request, backend, store, warnings);
    }

    private static void checkOptions(RunOptions o) throws RunRefusedException {
        if (o.durationMs() != null && !(o.durationMs() > 0 && Double.isFinite(o.durationMs()))) {
            throw options("the duration must be a positive number of ms, was " + o.durationMs());
        }
        if (o.dtMs() != null && !(o.dtMs() > 0 && Double.isFinite(o.dtMs()))) {
            throw options("the time step dt must be a positive number of ms, was " + o.dtMs());
        }
        if (o.threads() != null && o.threads() < 1) {
            throw options("the number of threads must be at least 1, was " + o.threads());
        }
        if (o.memoryLimit() < 0) {
            throw options("the memory limit must be positive, was " + o.memoryLimit() + " bytes");
        }
    }

    private static RunRequest request(LoweredCircuit lowered, RunOptions o) throws RunRefusedException {
        SimulationSettings s = lowered.settings();
        if (o.durationMs() != null) {
            s = s.withDuration(o.durationMs());
        }
        if (o.dtMs() != null) {
            s = new SimulationSettings(s.duration(), o.dtMs(), s.seed(), s.threads());
        }
        if (o.seed() != null) {
            s = s.withSeed(o.seed());
        }
        if (o.threads() != null) {
            s = s.withThreads(o.threads());
        }
        try {
            return new RunRequest(lowered.network(), s, o.memoryLimit());
        } catch (InvalidNetworkException e) {
            // CircuitCheck.lower checked the network with the circuit's own settings, so what is
            // left is the settings the options changed.
            throw options("the options give settings that cannot run: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw options("the options give settings that cannot run: " + e.getMessage());
        }
    }

    private static RunRefusedException options(String message) {
        return new RunRefusedException(Reason.INVALID_OPTIONS, message);
    }
}
