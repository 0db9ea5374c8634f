package org.neurocircuit.engine.backends;

import org.neurocircuit.engine.extensions.UnknownContributionException;

/**
 * No usable backend has the requested id. The message lists the ids that are available, e.g.
 * {@code no backend 'brian'; available: builtin}.
 */
public final class UnknownBackendException extends UnknownContributionException {

    private static final long serialVersionUID = 1L;

    public UnknownBackendException(String backendId, String message) {
        super(backendId, message);
    }

    /** The id that was asked for. */
    public String backendId() {
        return id();
    }
}
