package org.neurocircuit.decode.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.csv.SpikeCsv;
import org.neurocircuit.decode.csv.TargetCsv;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.features.BinGrid;
import org.neurocircuit.decode.features.BinnedFeatures;
import org.neurocircuit.decode.features.FeatureSource;
import org.neurocircuit.decode.features.RunFeatures;
import org.neurocircuit.decode.features.SpikeBinning;
import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.engine.results.ContentHash;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * Decodes a run, or spikes and a target from CSV files, and writes the result beside its input:
 * what the Runs view's action, the Decoding view and the CLI's {@code decode} command call. The
 * steps: check the decoder and its settings, bin the input on the task's grid (its window
 * intersected with the target's domain), resample the target, apply the history window,
 * cross-validate, write {@code <input>/decoding/<task>-<time>/}. Long work: run it in a job.
 */
public final class Decoding {

    private final DecoderRegistry registry;
    private final Clock clock;

    public Decoding(DecoderRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Decoding with the platform's decoders and the system clock. */
    public static Decoding standard() {
        return new Decoding(DecoderRegistry.getDefault(), Clock.systemDefaultZone());
    }

    /** Opens the run folder and decodes it. */
    public DecodingOutcome decodeRun(Path runFolder, DecodingTask task, TargetSeries target, DecodingMonitor monitor)
            throws IOException {
        return decode(RunFolderReader.open(runFolder), task, target, monitor);
    }

    /**
     * Decodes {@code target} from the task's channels of a run; the result goes to
     * {@code <run folder>/decoding/}.
     *
     * @throws DecodingException for input that cannot be decoded, with a message for the user
     * @throws org.neurocircuit.decode.registry.UnknownDecoderException for an unknown decoder id
     * @throws org.neurocircuit.decode.spi.DecoderParameterException for a bad setting
     */
    public DecodingOutcome decode(RunResults run, DecodingTask task, TargetSeries target, DecodingMonitor monitor)
            throws IOException {
        DecodingPipeline pipeline = new DecodingPipeline(registry, clock, task);
        TimeWindow whole = task.window() != null ? task.window() : RunFeatures.window(run);
        BinGrid grid = BinGrid.of(DecodingPipeline.intersect(whole, target), task.binMs());
        BinnedFeatures features = RunFeatures.build(run, task.features(), grid);
        List<String> sources = new ArrayList<>();
        for (FeatureSource s : task.features()) {
            sources.add(s.channel() + " (" + (s.grouping() == FeatureSource.Grouping.POPULATION ? "population"
                    : "per neuron") + ")");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("run.json", sha256(run.folder().resolve("run.json")));
        return pipeline.run(new PreparedInput("run", run.folder(), run.folder(), hashes, sources, features), target,
                monitor);
    }

    /**
     * Decodes a target from spikes recorded elsewhere ({@link SpikeCsv}, {@link TargetCsv}
     * layouts): a column per neuron id, over the task's window or else the target's samples'
     * span. The result goes to {@code <spikes file's folder>/decoding/}.
     */
    public DecodingOutcome decodeCsv(Path spikesCsv, Path targetCsv, Interpolation interpolation, DecodingTask task,
            DecodingMonitor monitor) throws IOException {
        DecodingPipeline pipeline = new DecodingPipeline(registry, clock, task);
        TargetSeries target = TargetCsv.read(targetCsv, "value", "", interpolation);
        SpikeCsv.Spikes spikes = SpikeCsv.read(spikesCsv);
        TimeWindow whole = task.window() != null ? task.window()
                : span(target, targetCsv);
        BinGrid grid = BinGrid.of(DecodingPipeline.intersect(whole, target), task.binMs());
        List<FeatureColumn> cols = new ArrayList<>();
        String source = spikesCsv.getFileName().toString();
        for (int id : spikes.ids()) {
            cols.add(new FeatureColumn(source, id, 0, "1", true));
        }
        BinnedFeatures features = new BinnedFeatures(grid).add(cols, SpikeBinning.perNeuron(spikes.trains(), grid));
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(source, sha256(spikesCsv));
        hashes.put(targetCsv.getFileName().toString(), sha256(targetCsv));
        Path base = spikesCsv.toAbsolutePath().getParent();
        return pipeline.run(new PreparedInput("csv", spikesCsv, base, hashes, List.of(source + " (per neuron)"),
                features), target, monitor);
    }

    private static TimeWindow span(TargetSeries target, Path file) {
        double[] t = target.times();
        if (t.length < 2) {
            throw new DecodingException(file.getFileName() + " holds one sample; give at least two, or a time window");
        }
        return new TimeWindow(t[0], t[t.length - 1]);
    }

    private static String sha256(Path file) throws IOException {
        return ContentHash.sha256(Files.readAllBytes(file));
    }
}
