package org.neurocircuit.cli.commands;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.cli.console.ConsoleProgress;
import org.neurocircuit.cli.console.Quantities;
import org.neurocircuit.cli.console.TextTable;
import org.neurocircuit.cli.run.CtrlC;
import org.neurocircuit.cli.run.DiscardingSink;
import org.neurocircuit.cli.run.Refusals;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.run.BackendChoice;
import org.neurocircuit.engine.run.RunRefusedException;
import org.neurocircuit.engine.run.SessionRunner;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: runs the benchmark circuits one after the other, recording nothing, and prints
 * per circuit the build time, wall time, real-time factor, synaptic events per second, bytes per
 * synapse and peak heap. A circuit that cannot run (over the memory limit) gets its reason in
 * place of figures, and the others still run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmark a backend on the reference circuits.",
        description = {"Benchmark a backend on COBA, CUBA, Brunel 2000 (12,500 neurons) and the Potjans-Diesmann"
                + " microcircuit at 10 %% and full scale. Nothing is recorded; progress goes to stderr.",
                "RTF is the real-time factor: wall seconds per simulated second (below 1 is faster than real time)."},
        footer = {"Exit: 0 all ran, 1 one was refused or failed, 2 bad arguments, 130 interrupted."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "only COBA and CUBA, 1000 ms each")
    private boolean quick;

    @Option(names = "--backend", paramLabel = "ID", description = "backend to measure (default: the preferred one)")
    private String backend;

    @Option(names = "--duration", paramLabel = "MS", description = "simulated time of each circuit, ms (default: the circuit's; 1000 with --quick)")
    private Double duration;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the circuit's)")
    private Integer threads;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (duration != null && !(duration > 0 && Double.isFinite(duration))) {
            throw new ParameterException(spec.commandLine(), "--duration must be a positive number of ms, was " + duration);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        SimulationBackendProvider provider;
        try {
            provider = BackendChoice.choose(context.backends(), backend, null);
        } catch (RunRefusedException e) {
            throw Refusals.toCli(e, backend != null && !backend.isBlank(), null);
        }
        PrintWriter out = context.out();
        Runtime rt = Runtime.getRuntime();
        out.println("Benchmark of backend '" + provider.id() + "' " + provider.version() + ": Java "
                + System.getProperty("java.version") + ", " + rt.availableProcessors() + " cores, max heap "
                + Quantities.bytes(rt.maxMemory()));
        TextTable table = new TextTable("circuit", "neurons", "synapses", "simulated (ms)", "threads", "build (s)",
                "wall (s)", "RTF", "events/s", "B/synapse", "peak heap (MB)").rightAligned(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        List<String> notes = new ArrayList<>();
        int code = ExitCodes.OK;
        try (CtrlC guard = CtrlC.install(context.cancel(), "the benchmark", context.ownsProcess())) {
            for (BenchSuite.Case c : quick ? BenchSuite.quick() : BenchSuite.all()) {
                if (context.cancel().isCancelled()) {
                    code = ExitCodes.INTERRUPTED;
                    break;
                }
                code = Math.max(code, measure(c, provider, table, notes));
            }
            table.print(out, "  ");
            notes.forEach(n -> out.println("  " + n));
            out.flush();
        }
        return code;
    }

    private int measure(BenchSuite.Case c, SimulationBackendProvider provider, TextTable table, List<String> notes) {
        LoweredCircuit lowered;
        SimulationSettings s;
        RunRequest request;
        try {
            lowered = CircuitLowering.lower(c.circuit().get());
            s = lowered.settings();
            if (duration != null || quick) {
                s = s.withDuration(duration != null ? duration : 1000);
            }
            if (threads != null) {
                s = s.withThreads(threads);
            }
            request = RunRequest.of(lowered.network(), s);
        } catch (InvalidNetworkException e) {
            context.err().println(c.name() + ": " + e.getMessage());
            notRun(table, notes, c.name(), "-", "the circuit cannot be lowered (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ", on stderr)");
            return ExitCodes.FAILED;
        }
        String neurons = Quantities.count(lowered.network().neuronCount());
        resetPeaks();
        SessionRunner.Result r;
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.interactive(), context.cancel());
        try {
            SessionRunner.requireSupport(provider, request, provider.id());
            r = SessionRunner.run(provider, request, DiscardingSink::new, progress);
        } catch (RunRefusedException refused) {
            progress.done();
            CliException e = Refusals.toCli(refused, false, null);
            context.err().println(c.name() + ": " + e.getMessage());
            notRun(table, notes, c.name(), neurons, firstLine(e.getMessage()));
            return e.exitCode();
        }
        progress.done();
        RunSummary run = r.summary();
        double wall = run.wallNanos() * 1e-9;
        double simMs = run.steps() * s.dt();
        table.row(c.name() + (run.completion() == Completion.COMPLETE ? "" : " (" + run.completion().name().toLowerCase(
                java.util.Locale.ROOT) + ")"), neurons, Quantities.count(r.built().synapses()), Quantities.plain(simMs),
                Integer.toString(r.built().threads()), Quantities.fixed(r.built().buildNanos() * 1e-9, 2),
                Quantities.fixed(wall, 2), Quantities.fixed(wall / (simMs * 1e-3), 3),
                Quantities.sci(run.synapticEvents() / wall), Quantities.fixed(r.built().bytesPerSynapse(), 1),
                Long.toString(peakHeap() >> 20));
        return switch (run.completion()) {
            case COMPLETE -> ExitCodes.OK;
            case CANCELLED -> ExitCodes.INTERRUPTED;
            case FAILED -> ExitCodes.FAILED;
        };
    }

    private static void notRun(TextTable table, List<String> notes, String name, String neurons, String why) {
        table.row(name + " *", neurons, "-", "-", "-", "-", "-", "-", "-", "-", "-");
        notes.add("* " + name + " not run: " + why);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools()) {
            peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
