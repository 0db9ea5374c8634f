package org.neurocircuit.engine.stats;

/**
 * The Fano factor of spike counts: per neuron, var / mean of its counts in the consecutive whole
 * windows of {@code binMs} that fit in the time window (a partial last one is left out), with
 * the population variance (divisor K, the number of windows); defined for neurons with at least
 * one spike when K ≥ 2. The population value is the plain mean over those neurons. A Poisson
 * train gives 1 (exactly (K-1)/K in expectation); a regular one approaches 0, and is 0 when the
 * bin is a multiple of its period.
 */
public final class FanoFactor {

    private FanoFactor() {
    }

    /** Each neuron's Fano factor; NaN where undefined. */
    public static double[] perNeuron(SpikeTrains s, TimeWindow w, double binMs) {
        BinnedCounts b = BinnedCounts.of(s, w, binMs);
        double[] f = new double[s.neuronCount()];
        for (int i = 0; i < f.length; i++) {
            // var/mean = (K Σc² − (Σc)²) / (K Σc), from the exact integer sums
            f[i] = b.bins < 2 || b.sum[i] == 0 ? Double.NaN : b.scaledVariance(i) / ((double) b.bins * b.sum[i]);
        }
        return f;
    }

    /** The mean Fano factor over the neurons where it is defined. */
    public static NeuronAverage mean(SpikeTrains s, TimeWindow w, double binMs) {
        return NeuronAverage.of(perNeuron(s, w, binMs));
    }
}
