package org.neurocircuit.cli;

import java.io.PrintWriter;
import java.util.Objects;

import org.neurocircuit.cli.run.CancelSignal;
import org.neurocircuit.engine.backends.BackendRegistry;

/**
 * What every subcommand works with: its output streams, the backends, the cancellation signal,
 * and whether it runs in a terminal of its own (the application) or inside a test.
 *
 * @param out results (tables, paths, diagnostics)
 * @param err progress and error messages
 * @param backends the backends to run on
 * @param cancel set by Ctrl-C, or by a test
 * @param interactive whether err is a terminal (the progress bar redraws one line)
 * @param ownsProcess whether a shutdown hook may be installed for Ctrl-C (false in tests)
 */
public record CliContext(PrintWriter out, PrintWriter err, BackendRegistry backends, CancelSignal cancel,
        boolean interactive, boolean ownsProcess) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(backends, "backends");
        Objects.requireNonNull(cancel, "cancel");
    }

    /**
     * Set to {@code true} or {@code false} by the launcher, which can tell whether stderr is a
     * terminal ({@code [ -t 2 ]}); Java alone can only ask about stdin and stdout.
     */
    public static final String INTERACTIVE_PROPERTY = "org.neurocircuit.cli.interactive";

    /** The context of a process of its own: System.out and System.err, the platform's backends. */
    public static CliContext ofProcess() {
        String tty = System.getProperty(INTERACTIVE_PROPERTY);
        boolean interactive = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        return new CliContext(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                BackendRegistry.getDefault(), new CancelSignal(), interactive, true);
    }

    /** A context for tests: given streams and backends, no shutdown hook, no redrawn lines. */
    public static CliContext embedded(PrintWriter out, PrintWriter err, BackendRegistry backends) {
        return new CliContext(out, err, backends, new CancelSignal(), false, false);
    }
}
