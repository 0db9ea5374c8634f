package org.neurocircuit.decode.spi;

import java.util.List;

/**
 * Fitted weights of a decoder per feature column, in the features' own units, so that a view can
 * show them per neuron and lag. What a weight means depends on the decoder ({@link #meaning}).
 *
 * @param meaning e.g. "target units per spike" (ridge), "class score per spike" (LDA, logistic),
 *                "expected count per target unit" (Kalman's observation matrix)
 * @param outputs one name per row of {@code weights} (the target; each class; each state)
 * @param weights outputs × feature columns; 0 for columns the decoder ignored (constant in training)
 * @param intercepts one per output
 */
public record LinearWeights(String meaning, List<String> outputs, double[][] weights, double[] intercepts) {

    public LinearWeights {
        outputs = List.copyOf(outputs);
        if (weights.length != outputs.size() || intercepts.length != outputs.size()) {
            throw new IllegalArgumentException(outputs.size() + " outputs but " + weights.length + " weight rows and "
                    + intercepts.length + " intercepts");
        }
    }
}
