package org.neurocircuit.engine.run;

import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.backends.UnknownBackendException;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/** Picks the backend of a run: the one asked for, else the circuit's, else the preferred one. */
public final class BackendChoice {

    private BackendChoice() {
    }

    /**
     * The backend to use.
     *
     * @param requested the backend the caller asks for, or {@code null}/blank
     * @param ofCircuit the circuit's backend setting, or {@code null}/blank
     * @throws RunRefusedException {@link Reason#UNKNOWN_BACKEND} naming the installed backends,
     *                             {@link Reason#UNAVAILABLE_BACKEND} with the backend's reason
     */
    public static SimulationBackendProvider choose(BackendRegistry registry, String requested, String ofCircuit)
            throws RunRefusedException {
        boolean asked = requested != null && !requested.isBlank();
        String id = asked ? requested.strip() : ofCircuit == null || ofCircuit.isBlank() ? null : ofCircuit.strip();
        SimulationBackendProvider backend;
        try {
            backend = id == null ? registry.preferred() : registry.get(id);
        } catch (UnknownBackendException e) {
            String hint = asked ? " Choose one of those backends."
                    : id != null ? " The circuit asks for it; choose another backend for the run." : "";
            String broken = registry.problems().isEmpty() ? ""
                    : System.lineSeparator() + "Backends that failed to load: " + String.join("; ", registry.problems());
            throw new RunRefusedException(Reason.UNKNOWN_BACKEND, e.getMessage() + "." + hint + broken);
        }
        Availability a = backend.isAvailable();
        if (!a.available()) {
            throw new RunRefusedException(Reason.UNAVAILABLE_BACKEND, "backend '" + backend.id() + "' ("
                    + backend.label() + ") is not available here: " + a.reason()
                    + ". Choose another backend; installed: " + String.join(", ", registry.ids()) + ".");
        }
        return backend;
    }
}
