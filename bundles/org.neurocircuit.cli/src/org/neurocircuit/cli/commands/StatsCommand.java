package org.neurocircuit.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.cli.console.Quantities;
import org.neurocircuit.cli.console.TextTable;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.stats.IsiStatistics;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.TimeWindow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats RUN_FOLDER}: per spike recorder (one population each), the mean rate, CV of ISI,
 * Fano factor, Golomb–Hansel synchrony and fraction of silent neurons, in a window of the run.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Print spike statistics of a run folder per population.",
        description = "Spike statistics of a run folder, one row per spike recorder: mean rate (Hz), CV of ISI,"
                + " Fano factor (counts in 100 ms bins), Golomb-Hansel synchrony chi (2 ms bins) and silent neurons (%%).",
        footer = {"Exit: 0 shown, 2 bad arguments or not a readable run folder."})
public final class StatsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_FOLDER", description = "a run folder (holds run.json), as simulate prints it")
    private Path folder;

    @Option(names = "--from", paramLabel = "MS", description = "start of the window, ms (default: the start of the run)")
    private Double from;

    @Option(names = "--to", paramLabel = "MS", description = "end of the window, ms, excluded (default: the end of the run)")
    private Double to;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    public StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        RunResults run = RunFolders.open(folder);
        double dt = run.layout().dt();
        double end = Double.isNaN(run.simulatedDurationMs()) ? run.manifest().plannedDurationMs() : run.simulatedDurationMs();
        TimeWindow window = null;
        if (from != null || to != null) {
            double t0 = from != null ? from : dt / 2;
            double t1 = to != null ? to : end + dt / 2;
            if (!(t1 > t0) || t0 < 0) {
                throw new ParameterException(spec.commandLine(), "the window [" + Quantities.plain(t0) + ", "
                        + Quantities.plain(t1) + ") ms is empty or negative; give 0 <= --from < --to (the run lasts "
                        + Quantities.ms(end) + ")");
            }
            window = new TimeWindow(t0, t1);
        }
        List<SpikeStatistics> stats = SpikeStatistics.forRun(run, window, SpikeStatistics.DEFAULT_FANO_BIN_MS,
                SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
        print(run, stats);
        return ExitCodes.OK;
    }

    private void print(RunResults run, List<SpikeStatistics> stats) {
        PrintWriter out = context.out();
        var m = run.manifest();
        out.println("Run " + run.folder() + "  (" + m.provenance().circuitName() + ", " + run.status().word()
                + (m.outcome().reason().isEmpty() ? "" : ": " + m.outcome().reason()) + ", backend "
                + m.provenance().backendId() + " " + m.provenance().backendVersion() + ", seed " + m.provenance().seed() + ")");
        run.notes().forEach(n -> out.println("  note: " + n));
        if (!run.isComplete()) {
            out.println("  the run is incomplete: statistics cover the data it recorded");
        }
        if (stats.isEmpty()) {
            out.println("  the run recorded no spikes (it has no spike recorder)");
            return;
        }
        TimeWindow w = stats.get(0).window();
        out.println("Window [" + Quantities.fixed(w.startMs(), 2) + ", " + Quantities.fixed(w.endMs(), 2) + ") ms ("
                + Quantities.ms(Math.round(w.durationMs() * 1000) / 1000.0) + ")");
        TextTable t = new TextTable("recorder", "population", "neurons", "spikes", "rate (Hz)", "CV ISI", "Fano",
                "synchrony chi", "silent (%)").rightAligned(2, 3, 4, 5, 6, 7, 8);
        for (SpikeStatistics s : stats) {
            t.row(s.channel(), s.population(), Quantities.count(s.neurons()), Quantities.count(s.spikes()),
                    Quantities.fixed(s.meanRateHz(), 2), Quantities.fixed(s.cv().mean(), 3),
                    Quantities.fixed(s.fano().mean(), 3), Quantities.fixed(s.chi(), 3),
                    Quantities.fixed(100 * s.silentFraction(), 1));
        }
        t.print(out, "  ");
        out.println("  CV ISI: mean over neurons with at least " + IsiStatistics.MIN_INTERVALS + " ISIs in the window;"
                + " Fano: over neurons with a spike, " + Quantities.ms(SpikeStatistics.DEFAULT_FANO_BIN_MS)
                + " bins; n/a where no neuron qualifies.");
    }
}
