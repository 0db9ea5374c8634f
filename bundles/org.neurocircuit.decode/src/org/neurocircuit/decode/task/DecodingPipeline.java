package org.neurocircuit.decode.task;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.neurocircuit.decode.eval.CrossValidation;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.eval.TargetShuffle;
import org.neurocircuit.decode.features.HistoryExpansion;
import org.neurocircuit.decode.features.Resampling;
import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.Parameters;
import org.neurocircuit.decode.spi.Target;
import org.neurocircuit.decode.store.DecodingProvenance;
import org.neurocircuit.decode.store.DecodingWriter;
import org.neurocircuit.engine.stats.TimeWindow;

/** The steps shared by run and CSV input, from binned features to the written result. */
final class DecodingPipeline {

    private final Clock clock;
    private final DecodingTask task;
    private final DecoderProvider provider;
    private final Parameters parameters;
    private final Instant started;

    /** Checks the decoder and its settings first, before any data is read. */
    DecodingPipeline(DecoderRegistry registry, Clock clock, DecodingTask task) {
        this.clock = clock;
        this.task = task;
        this.provider = registry.get(task.decoderId());
        this.parameters = Parameters.parse(provider.id(), provider.parameters(), task.parameters());
        provider.create(task.parameters()); // the provider's own checks, if it has more
        this.started = clock.instant();
    }

    /** The part of {@code w} where the target is defined. */
    static TimeWindow intersect(TimeWindow w, TargetSeries target) {
        double start = Math.max(w.startMs(), target.domainStartMs());
        double end = Math.min(w.endMs(), target.domainEndMs());
        if (!(end > start)) {
            throw new DecodingException("the target '" + target.name() + "' is defined on [" + target.domainStartMs()
                    + ", " + target.domainEndMs() + "] ms, which does not overlap the decoded window ["
                    + w.startMs() + ", " + w.endMs() + ") ms");
        }
        return new TimeWindow(start, end);
    }

    DecodingOutcome run(PreparedInput in, TargetSeries series, DecodingMonitor monitor) throws IOException {
        long t0 = System.nanoTime();
        DecoderKind kind = provider.kind();
        Resampling how = task.resampling() != null ? task.resampling()
                : kind == DecoderKind.CLASSIFICATION ? Resampling.CENTRE : Resampling.MEAN;
        double[] perBin = series.resample(in.features().grid(), how);
        FeatureMatrix x = HistoryExpansion.apply(in.features(), task.historyWindow());
        double[] values = HistoryExpansion.alignToRows(perBin, x);
        if (task.shuffledControl()) {
            HistoryWindow h = task.historyWindow();
            int block = TargetShuffle.blockRows(values.length, task.binMs(), h.back() + h.ahead());
            values = TargetShuffle.blockPermutation(values, block, task.seed());
        }
        Target y = new Target(series.name(), series.unit(), values);
        DecodingResult result = CrossValidation.run(() -> provider.create(task.parameters()), kind, x, y, task.folds(),
                monitor);
        DecodingProvenance p = new DecodingProvenance(task.name(), in.kind(), in.path(), in.hashes(), provider.id(),
                provider.label(), kind, parameters.asText(), in.sources(), x.columns(), in.features().grid(),
                task.historyWindow(), task.folds(), series.name(), series.unit(), how.name().toLowerCase(Locale.ROOT),
                task.shuffledControl(), task.seed(), started,
                (System.nanoTime() - t0) / 1e6);
        return new DecodingOutcome(new DecodingWriter(clock).write(in.base(), p, result), result, p);
    }
}
