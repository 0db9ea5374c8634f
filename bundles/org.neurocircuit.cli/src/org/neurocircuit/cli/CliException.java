package org.neurocircuit.cli;

/**
 * Ends a subcommand with a message for the user (printed to stderr as it is, so it names the
 * file or element and says what to do) and an exit code from {@link ExitCodes}.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A file that is missing, unreadable or of the wrong kind (exit 2). */
    public static CliException badFile(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** An invalid circuit or a refused or failed run (exit 1). */
    public static CliException failed(String message) {
        return new CliException(ExitCodes.FAILED, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
