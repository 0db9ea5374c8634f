package org.neurocircuit.ui.views.decoding;

import java.util.List;

/**
 * What the Decoding view shows for a run.
 *
 * @param run the run's folder name
 * @param tasks the decoding tasks of the circuit that ran, in order
 * @param decodings the stored decodings of the run, oldest first (folder names)
 * @param shown the selected decoding, or null
 * @param error why the last decoding (or reading a decoding) failed, naming the task and the fix, or null
 */
public record DecodingModel(String run, List<String> tasks, List<String> decodings, ShownDecoding shown,
        String error) {
}
