package org.neurocircuit.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neurocircuit.cli.CliException;
import org.neurocircuit.engine.results.RunFolderException;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;

/** Opens the run folder a command was given, turning what is wrong with it into a message for the user. */
final class RunFolders {

    private RunFolders() {
    }

    /** The run in {@code folder}; a missing or unreadable folder ends the command (exit 2). */
    static RunResults open(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw CliException.badFile("no run folder " + folder + ": it does not exist. Give the path simulate printed.");
        }
        try {
            return RunFolderReader.open(folder);
        } catch (RunFolderException e) {
            throw CliException.badFile(e.getMessage());
        }
    }
}
