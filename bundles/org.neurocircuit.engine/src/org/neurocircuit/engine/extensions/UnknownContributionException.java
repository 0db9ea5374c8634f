package org.neurocircuit.engine.extensions;

/**
 * No usable contribution has the asked-for id; the message lists the available ones. Registries
 * of one kind throw a thin subclass naming that kind (backend, decoder). An illegal argument:
 * the caller asked for an id that is not there.
 */
public class UnknownContributionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;

    public UnknownContributionException(String id, String message) {
        super(message);
        this.id = id;
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }
}
