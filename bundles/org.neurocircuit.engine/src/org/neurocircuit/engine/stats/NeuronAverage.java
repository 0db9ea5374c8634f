package org.neurocircuit.engine.stats;

/**
 * A per-neuron statistic averaged over the neurons for which it is defined.
 *
 * @param mean the mean over those neurons; NaN when there is none
 * @param neurons how many neurons it averages
 */
public record NeuronAverage(double mean, int neurons) {

    /** The mean of the finite entries of {@code perNeuron}. */
    static NeuronAverage of(double[] perNeuron) {
        double sum = 0;
        int n = 0;
        for (double v : perNeuron) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return new NeuronAverage(n == 0 ? Double.NaN : sum / n, n);
    }
}
