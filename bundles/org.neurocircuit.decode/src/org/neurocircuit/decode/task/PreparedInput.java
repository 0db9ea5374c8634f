package org.neurocircuit.decode.task;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.features.BinnedFeatures;

/**
 * Binned input ready for decoding, with what provenance needs to know about where it came from.
 *
 * @param kind "run" or "csv"
 * @param path the run folder or the spikes file
 * @param base the folder the decoding folder goes under
 * @param hashes SHA-256 of the input files by name
 * @param sources the inputs in words
 * @param features the binned features
 */
record PreparedInput(String kind, Path path, Path base, Map<String, String> hashes, List<String> sources,
        BinnedFeatures features) {
}
