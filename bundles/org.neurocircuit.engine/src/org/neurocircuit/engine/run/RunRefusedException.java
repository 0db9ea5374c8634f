package org.neurocircuit.engine.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A run that did not happen, or that failed, with a message for the user naming the file or
 * element and the fix. Checked, so every caller decides how to show it (an exit code, a dialog).
 */
public final class RunRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the run was refused or stopped. */
    public enum Reason {
        /** The file is missing, a folder, too large or not a circuit. */
        UNREADABLE_FILE,
        /** Validation or lowering found errors. */
        INVALID_CIRCUIT,
        /** Duration, dt, seed or threads the caller gave cannot run. */
        INVALID_OPTIONS,
        /** No backend has the requested id (or none is installed). */
        UNKNOWN_BACKEND,
        /** The backend exists but cannot run here. */
        UNAVAILABLE_BACKEND,
        /** The backend cannot simulate some elements. */
        UNSUPPORTED,
        /** The network would not fit in the memory limit. */
        MEMORY,
        /** The backend could not build the network. */
        BUILD_FAILED,
        /** Cancelled before the run folder was created. */
        CANCELLED,
        /** The run folder could not be created or written. */
        NO_RUN_FOLDER,
        /** The backend failed while simulating; the run folder records the reason. */
        FAILED
    }

    private final Reason reason;
    private final transient Path folder;

    public RunRefusedException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public RunRefusedException(Reason reason, String message, Path folder, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.folder = folder;
    }

    public Reason reason() {
        return reason;
    }

    /** The run folder that holds what was recorded before a failure, or {@code null} when none was created. */
    public Path folder() {
        return folder;
    }
}
