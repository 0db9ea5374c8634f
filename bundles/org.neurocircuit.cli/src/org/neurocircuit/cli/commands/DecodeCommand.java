package org.neurocircuit.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.CliException;
import org.neurocircuit.cli.ExitCodes;
import org.neurocircuit.decode.circuit.CircuitTasks;
import org.neurocircuit.decode.circuit.PlannedTask;
import org.neurocircuit.decode.csv.CsvFormatException;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.registry.UnknownDecoderException;
import org.neurocircuit.decode.spi.DecoderParameterException;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.task.Decoding;
import org.neurocircuit.decode.task.DecodingOutcome;
import org.neurocircuit.decode.task.DecodingTask;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.model.Circuit;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decode RUN_FOLDER [TASK]}: runs the circuit's decoding tasks (all, or one) on a run with
 * blocked cross-validation, prints per-fold and pooled scores, and writes each decoding into
 * {@code RUN_FOLDER/decoding/}. {@code decode --csv SPIKES TARGET --decoder ID} does the same for
 * spikes recorded elsewhere.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        header = "Decode a stimulus or signal from a run's activity, with cross-validation.",
        description = {"Runs the decoding tasks of the circuit that made RUN_FOLDER (all, or the one named TASK),"
                + " with contiguous (blocked) cross-validation folds, prints the scores of every fold and pooled,"
                + " and writes each decoding into RUN_FOLDER/decoding/<task>-<time>/.",
                "With --csv, decodes TARGET from SPIKES recorded elsewhere (CSV layouts: spikes 'neuron,time_ms',"
                        + " target 'time_ms,value'); the result goes beside SPIKES."},
        footer = {"Exit: 0 decoded, 1 a task or decoder that cannot run on this input (the message says why),"
                + " 2 bad arguments or a file that is missing or unreadable."})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_FOLDER", description = "a run folder, as simulate prints it")
    private Path folder;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TASK", description = "the task to run (default: all)")
    private String taskName;

    @ArgGroup(exclusive = false)
    private CsvInput csv;

    @Option(names = "--control", description = "also decode a chance-level control: the target cut in blocks of 1 s"
            + " (a tenth of the run when shorter) put in a random order; expect chance")
    private boolean control;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the control's block order (default: 1)")
    private long seed;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    /** The CSV input and its task settings (the circuit's tasks give these for run folders). */
    static final class CsvInput {
        @Option(names = "--csv", arity = "2", required = true, paramLabel = "FILE",
                description = "SPIKES.csv TARGET.csv: spikes (neuron,time_ms) and the target (time_ms,value)")
        List<Path> files;

        @Option(names = "--decoder", paramLabel = "ID", defaultValue = "ridge", description = "decoder id (default: ridge)")
        String decoder;

        @Option(names = {"-P", "--parameter"}, paramLabel = "KEY=VALUE", description = "a decoder setting, repeatable")
        Map<String, String> parameters = new LinkedHashMap<>();

        @Option(names = "--bin", paramLabel = "MS", defaultValue = "10", description = "bin width, ms (default: 10)")
        double binMs;

        @Option(names = "--history", paramLabel = "BINS", defaultValue = "0", description = "past bins used (default: 0)")
        int history;

        @Option(names = "--centred", description = "a window centred on the bin (default: causal, past bins only)")
        boolean centred;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "contiguous folds (default: 5)")
        int folds;

        @Option(names = "--interpolation", paramLabel = "HOW", defaultValue = "linear",
                description = "target between samples: linear or step (default: linear)")
        Interpolation interpolation;
    }

    public DecodeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (csv != null && folder != null) {
            throw new ParameterException(spec.commandLine(), "give either a RUN_FOLDER or --csv SPIKES TARGET, not both");
        }
        if (csv == null && folder == null) {
            throw new ParameterException(spec.commandLine(), "give a RUN_FOLDER, or --csv SPIKES TARGET");
        }
        try {
            if (csv != null) {
                decodeCsv();
            } else {
                decodeRun();
            }
        } catch (CsvFormatException e) {
            throw CliException.badFile(e.getMessage());
        } catch (DecodingException | UnknownDecoderException | DecoderParameterException e) {
            throw CliException.failed(e.getMessage());
        }
        return ExitCodes.OK;
    }

    private void decodeRun() throws IOException {
        RunResults run = RunFolders.open(folder);
        Circuit circuit = CircuitTasks.circuitOf(run);
        List<PlannedTask> planned = new ArrayList<>();
        for (var t : CircuitTasks.select(circuit, taskName)) {
            planned.add(CircuitTasks.plan(t, run)); // every task is checked before any is decoded
        }
        context.out().println("Run " + run.folder() + "  (" + circuit.getName() + ", " + run.status().word() + ")");
        Decoding decoding = Decoding.standard();
        DecodingReport report = new DecodingReport(context.out());
        for (PlannedTask p : planned) {
            report.print(decoding.decode(run, p.task(), p.target(), DecodingMonitor.NONE));
            if (control) {
                report.print(decoding.decode(run, p.task().withShuffledControl(seed), p.target(), DecodingMonitor.NONE));
            }
        }
    }

    private void decodeCsv() throws IOException {
        for (Path f : csv.files) {
            if (!Files.isRegularFile(f)) {
                throw CliException.badFile("no file " + f + ": it does not exist or is a folder");
            }
        }
        String name = csv.files.get(1).getFileName().toString().replaceFirst("\\.csv$", "");
        DecodingTask task = DecodingTask.of(name, csv.decoder, List.of()).withBins(csv.binMs, csv.history, !csv.centred)
                .withFolds(csv.folds).withParameters(csv.parameters);
        Decoding decoding = Decoding.standard();
        DecodingReport report = new DecodingReport(context.out());
        report.print(decoding.decodeCsv(csv.files.get(0), csv.files.get(1), csv.interpolation, task,
                DecodingMonitor.NONE));
        if (control) {
            DecodingOutcome permuted = decoding.decodeCsv(csv.files.get(0), csv.files.get(1), csv.interpolation,
                    task.withShuffledControl(seed), DecodingMonitor.NONE);
            report.print(permuted);
        }
    }
}
