package org.neurocircuit.cli.run;

import java.nio.file.Path;

import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.engine.run.RunRefusedException;

/** Turns a refused run into the command line's message and exit code. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The exception a command ends with.
     *
     * @param backendOption whether the user named the backend with {@code --backend} (an unknown
     *                      one is then a usage error, exit 2)
     * @param file the circuit file, for the hint to validate it; may be {@code null}
     */
    public static CliException toCli(RunRefusedException e, boolean backendOption, Path file) {
        return switch (e.reason()) {
            case UNREADABLE_FILE, INVALID_OPTIONS -> new CliException(ExitCodes.USAGE, e.getMessage(), e);
            case UNKNOWN_BACKEND -> new CliException(backendOption ? ExitCodes.USAGE : ExitCodes.FAILED,
                    e.getMessage() + " Give one of those to --backend.", e);
            case UNAVAILABLE_BACKEND, UNSUPPORTED -> new CliException(ExitCodes.FAILED,
                    e.getMessage() + " Use --backend to choose another.", e);
            case INVALID_CIRCUIT -> new CliException(ExitCodes.FAILED, e.getMessage()
                    + (file == null ? "" : System.lineSeparator() + "Check with: neurocircuit cli validate " + file), e);
            case CANCELLED -> new CliException(ExitCodes.INTERRUPTED, e.getMessage(), e);
            case NO_RUN_FOLDER -> new CliException(ExitCodes.FAILED, e.getMessage() + " Give a writable folder with --out.",
                    e);
            case MEMORY, BUILD_FAILED, FAILED -> new CliException(ExitCodes.FAILED, e.getMessage(), e);
        };
    }
}
