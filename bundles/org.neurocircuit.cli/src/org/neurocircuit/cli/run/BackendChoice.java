package org.neurocircuit.cli.run;

import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.backends.UnknownBackendException;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/** Picks the backend of a command: {@code --backend}, else the circuit's, else the preferred one. */
public final class BackendChoice {

    private BackendChoice() {
    }

    /**
     * The backend to use.
     *
     * @param requested the {@code --backend} option, or {@code null}
     * @param ofCircuit the circuit's backend setting, or {@code null}/empty
     * @throws CliException exit 2 for an unknown {@code --backend}, exit 1 for an unknown or
     *                      unavailable backend named by the circuit or when none is available
     */
    public static SimulationBackendProvider choose(BackendRegistry registry, String requested, String ofCircuit) {
        boolean fromOption = requested != null && !requested.isBlank();
        String id = fromOption ? requested.strip() : ofCircuit == null || ofCircuit.isBlank() ? null : ofCircuit.strip();
        SimulationBackendProvider backend;
        try {
            backend = id == null ? registry.preferred() : registry.get(id);
        } catch (UnknownBackendException e) {
            String hint = fromOption ? " Give one of those to --backend."
                    : id != null ? " The circuit asks for it; choose another with --backend." : "";
            String broken = registry.problems().isEmpty() ? ""
                    : System.lineSeparator() + "Backends that failed to load: " + String.join("; ", registry.problems());
            throw new CliException(fromOption ? ExitCodes.USAGE : ExitCodes.FAILED, e.getMessage() + "." + hint + broken);
        }
        Availability a = backend.isAvailable();
        if (!a.available()) {
            throw CliException.failed("backend '" + backend.id() + "' (" + backend.label() + ") is not available here: "
                    + a.reason() + ". Choose another with --backend; installed: " + String.join(", ", registry.ids()) + ".");
        }
        return backend;
    }
}
