package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;

/**
 * A fitted linear classifier: one linear score per class, the class of the highest score as the
 * prediction, the softmax of the scores as probabilities. LDA and logistic regression differ only in
 * how they fit the scores, so both keep their fit in one of these.
 */
final class ClassScores {

    private final double[] classes;
    private final LinearModel model;

    /**
     * @param classes the class values, in the order of the model's outputs
     * @param model one output (score) per class
     */
    ClassScores(double[] classes, LinearModel model) {
        this.classes = classes;
        this.model = model;
    }

    double[] predict(FeatureMatrix x) {
        int[] best = Softmax.argmax(model.scores(x));
        double[] v = new double[best.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = classes[best[i]];
        }
        return v;
    }

    double[][] probabilities(FeatureMatrix x) {
        DMatrixRMaj s = model.scores(x);
        Softmax.inPlace(s);
        return Softmax.rows(s);
    }

    /** The weights, one output per class; {@code meaning} says what a weight is. */
    LinearWeights weights(String meaning) {
        return model.weights(meaning, ClassNames.of(classes));
    }
}
