package org.neurocircuit.decode.task;

import java.nio.file.Path;

import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.store.DecodingProvenance;

/**
 * A finished decoding.
 *
 * @param folder the folder it was written to
 * @param result scores and predictions
 * @param provenance what was decoded, how
 */
public record DecodingOutcome(Path folder, DecodingResult result, DecodingProvenance provenance) {
}
