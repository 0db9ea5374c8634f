package org.neurocircuit.engine.link;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The selected run.
 *
 * @param folder the run folder (see {@code org.neurocircuit.engine.results.RunFolderReader})
 */
public record RunSelection(Path folder) {

    public RunSelection {
        Objects.requireNonNull(folder, "folder");
        folder = folder.toAbsolutePath().normalize();
    }
}
