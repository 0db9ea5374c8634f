package org.neurocircuit.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.cli.console.ConsoleProgress;
import org.neurocircuit.cli.console.Quantities;
import org.neurocircuit.cli.console.TextTable;
import org.neurocircuit.cli.run.ByteSize;
import org.neurocircuit.cli.run.CtrlC;
import org.neurocircuit.cli.run.Refusals;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.run.CircuitSource;
import org.neurocircuit.engine.run.PreparedRun;
import org.neurocircuit.engine.run.RunOptions;
import org.neurocircuit.engine.run.RunPipeline;
import org.neurocircuit.engine.run.RunRefusedException;
import org.neurocircuit.engine.run.RunResult;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate FILE}: lowers the circuit, checks that the backend supports it and that it
 * fits in memory, builds and runs it with a progress bar on stderr, and records it into a new
 * run folder. Ctrl-C cancels the run and waits until the folder is closed as a valid,
 * incomplete run.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Run a circuit and record it into a new run folder.",
        description = {"Run a circuit and record it into a new run folder, by default"
                + " <circuit folder>/runs/<name>-<time>-<seed>.",
                "Progress goes to stderr; the run folder's path and a summary to stdout.",
                "Ctrl-C stops the run and leaves the folder as a valid, incomplete run."},
        footer = "Exit: 0 complete, 1 invalid circuit or refused/failed run, 2 bad arguments or unreadable file,"
                + " 130 interrupted.")
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a circuit file (.circuit)")
    private Path file;

    @Option(names = "--backend", paramLabel = "ID", description = "backend to run on (default: the circuit's, else the preferred)")
    private String backend;

    @Option(names = "--duration", paramLabel = "MS", description = "simulated time, ms (default: the circuit's)")
    private Double duration;

    @Option(names = "--seed", paramLabel = "N", description = "seed of every random choice (default: the circuit's)")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the circuit's)")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to create the run folder in (default: <circuit folder>/runs)")
    private Path out;

    @Option(names = "--memory-limit", paramLabel = "SIZE", converter = ByteSize.class,
            description = "largest memory the run may use, e.g. 2G (default: 75 %% of the JVM's maximum heap)")
    private Long memoryLimit;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        checkOptions();
        RunOptions options = new RunOptions(backend, duration, seed, threads, null, memoryLimit == null ? 0 : memoryLimit,
                out);
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.interactive(), context.cancel());
        try {
            PreparedRun run = RunPipeline.prepare(CircuitSource.read(file), options, context.backends(), progress);
            try (CtrlC guard = CtrlC.install(context.cancel(), "the run", context.ownsProcess())) {
                // Everything up to the last message happens inside the guard: after Ctrl-C the JVM
                // exits as soon as the guard closes.
                RunResult result;
                try {
                    result = run.execute(progress);
                } finally {
                    progress.done();
                }
                report(result);
                return exitCode(result.summary(), result.folder());
            }
        } catch (RunRefusedException e) {
            if (e.reason() == RunRefusedException.Reason.INVALID_OPTIONS) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            throw Refusals.toCli(e, backend != null && !backend.isBlank(), file);
        }
    }

    private int exitCode(RunSummary s, Path folder) {
        if (s.completion() == Completion.CANCELLED) {
            String why = context.cancel().reason() != null ? context.cancel().reason() : s.reason();
            context.err().println("cancelled (" + why + "): " + folder + " holds a valid, incomplete run.");
            return ExitCodes.INTERRUPTED;
        }
        if (s.completion() == Completion.FAILED) {
            context.err().println("error: the run failed: " + s.reason() + ". The data up to then is in " + folder + ".");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (duration != null && !(duration > 0 && Double.isFinite(duration))) {
            throw new ParameterException(spec.commandLine(), "--duration must be a positive number of ms, was " + duration);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
    }

    private void report(RunResult r) {
        Path folder = r.folder();
        SimulationBackendProvider provider = r.backend();
        PrintWriter o = context.out();
        RunSummary s = r.summary();
        SimulationSettings set = r.request().settings();
        double simMs = s.steps() * set.dt();
        double wall = s.wallNanos() * 1e-9;
        int neurons = r.built().neurons();
        o.println(folder);
        TextTable t = new TextTable("", "").noHeader();
        t.row("status", s.completion().name().toLowerCase(java.util.Locale.ROOT) + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")"));
        t.row("simulated", Quantities.ms(simMs) + " of " + Quantities.ms(set.duration()) + " (" + Quantities.count(s.steps())
                + " steps of " + Quantities.ms(set.dt()) + ")");
        t.row("network", Quantities.count(neurons) + " neurons, " + Quantities.count(r.built().synapses()) + " synapses ("
                + Quantities.fixed(r.built().bytesPerSynapse(), 1) + " B per synapse), built in "
                + Quantities.seconds(r.built().buildNanos()));
        t.row("spikes", Quantities.count(s.spikes()) + " (mean rate " + Quantities.fixed(simMs > 0 && neurons > 0
                ? s.spikes() / (double) neurons / (simMs * 1e-3) : Double.NaN, 2) + " Hz)");
        t.row("synaptic events", Quantities.count(s.synapticEvents()) + " (" + Quantities.sci(s.synapticEvents() / wall)
                + " events/s)");
        t.row("wall time", Quantities.seconds(s.wallNanos()) + " (real-time factor " + Quantities.fixed(wall / (simMs * 1e-3), 3)
                + " wall s per simulated s), CPU " + Quantities.seconds(s.cpuNanos()));
        t.row("backend", provider.id() + " " + provider.version() + ", " + r.built().threads() + " thread"
                + (r.built().threads() == 1 ? "" : "s") + ", seed " + set.seed());
        t.print(o, "  ");
    }
}
