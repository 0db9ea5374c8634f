package org.neurocircuit.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.cli.run.Refusals;
import org.neurocircuit.engine.run.CircuitCheck;
import org.neurocircuit.engine.run.CircuitSource;
import org.neurocircuit.engine.run.Finding;
import org.neurocircuit.engine.run.RunRefusedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE...}: checks each circuit as a run would (model validation, then lowering)
 * and prints one line per finding. Exit 0 when all are valid, 1 when one is invalid, 2 when one
 * cannot be read (the worst of all files).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check circuit files; print each error and warning.",
        description = {"Check circuit files as a run would: the model's validation, then the network they lower to.",
                "Prints '<file>: valid' or '<file>: invalid (...)', then one line per finding: ERROR|WARNING element: message"},
        footer = {"Exit: 0 all valid (warnings allowed), 1 a circuit is invalid, 2 a file is missing or unreadable."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "circuit files (.circuit)")
    private List<Path> files;

    private final CliContext context;

    public ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int worst = ExitCodes.OK;
        for (Path f : files) {
            worst = Math.max(worst, validate(f));
        }
        return worst;
    }

    private int validate(Path path) {
        CircuitSource file;
        try {
            file = CircuitSource.read(path);
        } catch (RunRefusedException e) {
            CliException cli = Refusals.toCli(e, false, null);
            context.out().println(path + ": unreadable");
            context.err().println("error: " + cli.getMessage());
            return cli.exitCode();
        }
        List<Finding> findings = CircuitCheck.findings(file);
        long errors = findings.stream().filter(Finding::error).count();
        long warnings = findings.size() - errors;
        if (errors == 0) {
            context.out().println(path + ": valid" + (warnings == 0 ? "" : " (" + plural(warnings, "warning") + ")"));
        } else {
            context.out().println(path + ": invalid (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")");
        }
        findings.forEach(context.out()::println);
        return errors == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
