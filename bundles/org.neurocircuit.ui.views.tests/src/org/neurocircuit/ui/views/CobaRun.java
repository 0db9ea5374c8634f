package org.neurocircuit.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * A short Vogels–Abbott COBA run recorded into a run folder as the workbench records one: the
 * example circuit saved to a folder, lowered, run on the built-in backend through the engine SPI
 * and written by a {@link RunFolderWriter} of the {@link ResultsStore} beside it.
 */
final class CobaRun {

    static final String EXAMPLE = "vogels_abbott_coba";
    static final double DURATION_MS = 200;

    private CobaRun() {
    }

    /** Runs the example for {@value #DURATION_MS} ms in {@code dir}; returns the run folder. */
    static Path record(Path dir) throws IOException {
        Circuit circuit = ReferenceCircuits.byId(EXAMPLE).orElseThrow().create();
        Path file = dir.resolve(EXAMPLE + ".circuit");
        CircuitFiles.save(circuit, file);
        LoweredCircuit lowered = CircuitLowering.lower(circuit);
        SimulationSettings settings = lowered.settings().withDuration(DURATION_MS).withThreads(1);
        RunRequest request = RunRequest.of(lowered.network(), settings);
        BuiltinBackendProvider backend = new BuiltinBackendProvider();
        RunProvenance provenance = RunProvenance.of(request, backend.id(), backend.version(), List.of());
        RunFolderWriter writer = ResultsStore.besideCircuit(file).newRun(provenance, Files.readAllBytes(file));
        try (SimulationSession session = backend.createSession(request)) {
            session.prepare(RunMonitor.NONE);
            RunSummary summary = session.run(writer, RunMonitor.NONE);
            if (summary.completion() != Completion.COMPLETE) {
                throw new IllegalStateException(EXAMPLE + " did not complete: " + summary.reason());
            }
            writer.recordSummary(summary);
        }
        return writer.folder();
    }
}
