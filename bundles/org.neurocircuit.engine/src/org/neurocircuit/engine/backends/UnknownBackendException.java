package org.neurocircuit.engine.backends;

/**
 * No usable backend has the requested id. The message lists the ids that are available, e.g.
 * {@code no backend 'brian'; available: builtin}.
 */
public final class UnknownBackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String backendId;

    public UnknownBackendException(String backendId, String message) {
        super(message);
        this.backendId = backendId;
    }

    /** The id that was asked for. */
    public String backendId() {
        return backendId;
    }
}
