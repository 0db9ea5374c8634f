package org.neurocircuit.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.NeuroCircuitCli;
import org.neurocircuit.engine.backends.BackendRegistry;

/** Runs the command line in-process and captures its exit code and output. */
final class Cli {

    /**
     * What a command line did.
     *
     * @param code exit code
     * @param out stdout
     * @param err stderr
     */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs with the platform's backends (the built-in one comes through its plugin.xml). */
    static Result run(String... args) {
        return run(BackendRegistry.getDefault(), args);
    }

    static Result run(BackendRegistry backends, String... args) {
        return run(context(backends, new StringWriter(), new StringWriter()), args);
    }

    static Result run(CliContext context, String... args) {
        int code = NeuroCircuitCli.run(context, args);
        return new Result(code, context.out().toString(), context.err().toString());
    }

    /** A context whose PrintWriters' toString gives what was written. */
    static CliContext context(BackendRegistry backends, StringWriter out, StringWriter err) {
        return CliContext.embedded(new Capture(out), new Capture(err), backends);
    }

    /** A PrintWriter whose text can be read back. */
    private static final class Capture extends PrintWriter {
        private final StringWriter text;

        Capture(StringWriter text) {
            super(text, true);
            this.text = text;
        }

        @Override
        public String toString() {
            flush();
            return text.toString();
        }
    }
}
