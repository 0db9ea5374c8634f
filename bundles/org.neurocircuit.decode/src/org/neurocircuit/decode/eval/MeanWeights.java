package org.neurocircuit.decode.eval;

import java.util.List;

import org.neurocircuit.decode.spi.LinearWeights;

/** The element-wise mean of the folds' weights, one set to show per neuron. */
final class MeanWeights {

    private MeanWeights() {
    }

    /** The mean, or {@code null} (with a note) when the folds' weights differ in shape. */
    static LinearWeights of(List<LinearWeights> all, List<String> notes) {
        LinearWeights first = all.get(0);
        for (LinearWeights w : all) {
            if (!w.outputs().equals(first.outputs()) || w.weights()[0].length != first.weights()[0].length) {
                notes.add("the folds' weights differ in shape (a class missing from a fold's training bins?);"
                        + " no mean weights are given");
                return null;
            }
        }
        double[][] sum = new double[first.weights().length][first.weights()[0].length];
        double[] intercepts = new double[first.intercepts().length];
        for (LinearWeights w : all) {
            for (int o = 0; o < sum.length; o++) {
                for (int c = 0; c < sum[o].length; c++) {
                    sum[o][c] += w.weights()[o][c] / all.size();
                }
                intercepts[o] += w.intercepts()[o] / all.size();
            }
        }
        return new LinearWeights(first.meaning() + " (mean over " + all.size() + " folds)", first.outputs(), sum,
                intercepts);
    }
}
