package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A folder or file that is not a readable run: missing, foreign, damaged or written by a
 * newer format. The message names the folder and, where one is at fault, the file.
 */
public class RunFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public RunFolderException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    public RunFolderException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    /** The run folder concerned. */
    public Path folder() {
        return folder;
    }
}
