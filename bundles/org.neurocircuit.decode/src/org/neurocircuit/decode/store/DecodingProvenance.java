package org.neurocircuit.decode.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.features.BinGrid;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.HistoryWindow;

/**
 * Where a decoding came from, written to result.json so that it can be repeated and matched to
 * its input.
 *
 * @param task the task's name
 * @param inputKind "run" (a run folder) or "csv" (files from elsewhere)
 * @param input the run folder, or the spikes file
 * @param inputHashes SHA-256 of the input files by name (run.json; or the CSV files)
 * @param decoderId the decoder's id
 * @param decoderLabel its label
 * @param kind regression or classification
 * @param parameters every decoder parameter, defaults included, as text
 * @param sources the inputs, e.g. "spikesE (per neuron)"
 * @param columns the feature columns
 * @param grid the bins
 * @param window the history window
 * @param folds the number of folds
 * @param targetName the target's name
 * @param targetUnit its unit
 * @param resampling how it was resampled to the bins ("centre" or "mean")
 * @param shuffledControl whether the target was permuted in blocks (a chance-level control)
 * @param seed the seed of anything random (the control's block order)
 * @param started when decoding started
 * @param wallTimeMs how long it took, ms
 */
public record DecodingProvenance(String task, String inputKind, Path input, Map<String, String> inputHashes,
        String decoderId, String decoderLabel, DecoderKind kind, Map<String, String> parameters, List<String> sources,
        List<FeatureColumn> columns, BinGrid grid, HistoryWindow window, int folds, String targetName,
        String targetUnit, String resampling, boolean shuffledControl, long seed, Instant started, double wallTimeMs) {

    public DecodingProvenance {
        inputHashes = Collections.unmodifiableMap(new LinkedHashMap<>(inputHashes));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        sources = List.copyOf(sources);
        columns = List.copyOf(columns);
    }
}
