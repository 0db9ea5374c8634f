package org.neurocircuit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

import org.neurocircuit.cli.commands.BenchCommand;
import org.neurocircuit.cli.commands.DecodeCommand;
import org.neurocircuit.cli.commands.InfoCommand;
import org.neurocircuit.cli.commands.SimulateCommand;
import org.neurocircuit.cli.commands.StatsCommand;
import org.neurocircuit.cli.commands.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code neurocircuit cli COMMAND [OPTIONS]}. Builds the picocli command tree
 * with a factory that hands every subcommand the {@link CliContext}, and maps what goes wrong
 * to {@link ExitCodes}: bad arguments to 2 with the usage hint, a {@link CliException} to its
 * code with its message, anything unexpected to 1 with the stack trace.
 */
@Command(name = "neurocircuit cli", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate, inspect, simulate and benchmark NeuroCircuit circuits without a display.",
        subcommands = {ValidateCommand.class, InfoCommand.class, SimulateCommand.class, StatsCommand.class,
                BenchCommand.class, DecodeCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0    success",
                "  1    invalid circuit, or a run refused (unsupported, too large) or failed",
                "  2    bad arguments, or a file that is missing or unreadable",
                "  130  interrupted (Ctrl-C); a run folder is left as a valid, incomplete run",
                "",
                "Units: ms, mV, nS, pA, pF, Hz, µm; memory in binary units (1 MB = 1024 KB).",
                "Run 'neurocircuit cli help COMMAND' for the options of a command."})
public final class NeuroCircuitCli implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of validate, info, simulate,"
                + " stats, bench, decode.");
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, String... args) {
        CommandLine cl = commandLine(context);
        int code = cl.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /** The command tree, for tests that want the usage text. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new NeuroCircuitCli(), factory(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(NeuroCircuitCli::badArguments);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine, context));
        return cl;
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("error: " + e.getMessage());
        String name = cl.getCommandSpec().qualifiedName();
        cl.getErr().println("Usage: " + cl.getHelp().synopsis(0).stripTrailing());
        cl.getErr().println("Run '" + name + " --help' for details.");
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine cl, CliContext context) {
        if (e instanceof CliException c) {
            context.err().println("error: " + c.getMessage());
            return c.exitCode();
        }
        if (e instanceof CancellationException) {
            context.err().println("interrupted: " + e.getMessage());
            return ExitCodes.INTERRUPTED;
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            context.err().println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        context.err().println("error: " + cl.getCommandSpec().qualifiedName() + " failed unexpectedly: " + e);
        e.printStackTrace(context.err());
        return ExitCodes.FAILED;
    }

    private static IFactory factory(CliContext context) {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    return cls.getConstructor(CliContext.class).newInstance(context);
                } catch (NoSuchMethodException noContext) {
                    return fallback.create(cls);
                }
            }
        };
    }
}
