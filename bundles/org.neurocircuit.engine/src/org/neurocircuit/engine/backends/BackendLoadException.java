package org.neurocircuit.engine.backends;

import org.neurocircuit.engine.extensions.ContributionLoadException;

/** A contributed backend could not be instantiated; the message names it and its contributor. */
public final class BackendLoadException extends ContributionLoadException {

    private static final long serialVersionUID = 1L;

    private final String backendId;

    public BackendLoadException(BackendDescriptor backend, String reason, Throwable cause) {
        super("backend '" + backend.id() + "'" + (backend.contributor().isEmpty() ? "" : " from "
                + backend.contributor()) + " could not be loaded: " + reason, cause);
        this.backendId = backend.id();
    }

    /** The id of the backend that failed. */
    public String backendId() {
        return backendId;
    }
}
