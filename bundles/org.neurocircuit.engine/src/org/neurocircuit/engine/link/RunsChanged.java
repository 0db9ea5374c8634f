package org.neurocircuit.engine.link;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something happened to a run folder.
 *
 * @param folder the run folder
 * @param change what happened
 */
public record RunsChanged(Path folder, Change change) {

    /** What happened to the folder. */
    public enum Change {
        /** A run started writing into it. */
        STARTED,
        /** The run ended (complete, cancelled or failed: read its status). */
        ENDED,
        /** The folder was deleted. */
        DELETED
    }

    public RunsChanged {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(change, "change");
        folder = folder.toAbsolutePath().normalize();
    }
}
