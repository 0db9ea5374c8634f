package org.neurocircuit.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * A circuit that passed every check before running, on its backend, with the store its run
 * folder goes into. Runs once.
 *
 * @param source the circuit file and its bytes (copied into the run folder)
 * @param request the network and settings to run
 * @param backend the backend that supports every element
 * @param store where the run folder is created
 * @param warnings load and validation warnings, recorded with the run
 */
public record PreparedRun(CircuitSource source, RunRequest request, SimulationBackendProvider backend,
        ResultsStore store, List<String> warnings) {

    public PreparedRun {
        warnings = List.copyOf(warnings);
    }

    /**
     * Estimates, builds and runs into a new run folder. A cancelled run returns normally; its
     * folder is a valid, incomplete run marked cancelled. A run that fails while simulating
     * leaves its folder marked failed with the reason.
     *
     * @throws RunRefusedException when refused (memory), failing to build, cancelled before the
     *                             folder existed, or when the folder cannot be written
     */
    public RunResult execute(RunObserver observer) throws RunRefusedException {
        RunProvenance provenance = RunProvenance.of(request, backend.id(), backend.version(), warnings);
        AtomicReference<RunFolderWriter> writer = new AtomicReference<>();
        SessionRunner.Result r;
        try {
            r = SessionRunner.run(backend, request, () -> {
                writer.set(newWriter(provenance));
                observer.runFolder(writer.get().folder());
                return writer.get();
            }, observer);
        } catch (RuntimeException e) {
            if (writer.get() == null) {
                throw e;
            }
            throw failed(writer.get(), e);
        }
        observer.phase(RunPhase.SAVE, request.settings());
        Path folder = writer.get().folder();
        try {
            writer.get().recordSummary(r.summary());
        } catch (IOException e) {
            throw new RunRefusedException(Reason.NO_RUN_FOLDER, "cannot write the summary into run folder " + folder
                    + ": " + e.getMessage() + ". The recorded data is still there.", folder, e);
        }
        return new RunResult(folder, backend, request, r.estimate(), r.built(), r.summary());
    }

    private RunFolderWriter newWriter(RunProvenance provenance) throws RunRefusedException {
        try {
            return store.newRun(provenance, source.bytes());
        } catch (IOException e) {
            throw new RunRefusedException(Reason.NO_RUN_FOLDER, "cannot create a run folder in " + store.root()
                    + ": " + e.getMessage() + ". Make the folder writable or record the run elsewhere.", null, e);
        }
    }

    /** The backend threw while simulating: the folder keeps the data so far, marked failed with why. */
    private static RunRefusedException failed(RunFolderWriter writer, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try {
            writer.close(Completion.FAILED, why);
        } catch (RuntimeException ignored) {
            // the folder stays readable as an interrupted run; the reason goes to the user below
        }
        return new RunRefusedException(Reason.FAILED, "the run failed: " + why + ". The data up to then is in "
                + writer.folder() + ".", writer.folder(), e);
    }
}
