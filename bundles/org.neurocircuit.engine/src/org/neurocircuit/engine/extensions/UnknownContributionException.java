package org.neurocircuit.engine.extensions;

/** No usable contribution has the asked-for id; the message lists the available ones. */
public final class UnknownContributionException extends RuntimeException {

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
