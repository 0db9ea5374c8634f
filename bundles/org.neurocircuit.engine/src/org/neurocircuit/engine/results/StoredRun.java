package org.neurocircuit.engine.results;

import java.nio.file.Path;

/**
 * One folder found in a {@link ResultsStore}: its manifest, or why it cannot be read.
 *
 * @param folder the run folder
 * @param manifest its run.json, or {@code null} when unreadable
 * @param problem why it cannot be read, or {@code null}
 */
public record StoredRun(Path folder, RunManifest manifest, String problem) {

    /** Whether the manifest could be read. */
    public boolean isReadable() {
        return manifest != null;
    }

    /** The folder's name, which identifies the run within its store. */
    public String name() {
        return folder.getFileName().toString();
    }
}
