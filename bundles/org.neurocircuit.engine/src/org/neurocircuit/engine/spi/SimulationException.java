package org.neurocircuit.engine.spi;

/** A session could not be prepared or run; the message says why in the user's terms. */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }

    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
