package org.neurocircuit.cli;

/** The exit codes of every subcommand, as documented in the usage text. */
public final class ExitCodes {

    /** Success: valid circuits, a complete run, a printed table. */
    public static final int OK = 0;
    /** An invalid circuit, a run refused (unsupported, over the memory limit) or failed. */
    public static final int FAILED = 1;
    /** Bad arguments, or a file that is missing or not what it should be. */
    public static final int USAGE = 2;
    /** Interrupted by Ctrl-C (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
