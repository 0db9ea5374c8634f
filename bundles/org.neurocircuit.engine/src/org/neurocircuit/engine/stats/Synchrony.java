package org.neurocircuit.engine.stats;

/**
 * The Golomb–Hansel synchrony measure χ (Golomb and Rinzel 1993; Golomb and Hansel 2000) on
 * binned spike counts. With {@code c_i(k)} neuron i's count in bin k and
 * {@code A(k) = (1/N) Σ_i c_i(k)} the population activity,
 *
 * <pre>χ² = Var_k[A] / ((1/N) Σ_i Var_k[c_i])</pre>
 *
 * over the whole bins of {@code binMs} in the window (population variances, silent neurons
 * included with variance 0). χ is 1 when all neurons fire in the same bins and about
 * {@code 1/√N} for independent neurons. The bin width sets the time scale of "synchronous":
 * choose it below the period of the oscillation of interest (a few ms for fast oscillations).
 */
public final class Synchrony {

    private Synchrony() {
    }

    /** χ; NaN with fewer than two bins or when no neuron's count varies. */
    public static double chi(SpikeTrains s, TimeWindow w, double binMs) {
        return Math.sqrt(chiSquared(s, w, binMs));
    }

    /** χ², the ratio of variances itself. */
    public static double chiSquared(SpikeTrains s, TimeWindow w, double binMs) {
        BinnedCounts b = BinnedCounts.of(s, w, binMs);
        int n = s.neuronCount();
        if (b.bins < 2 || n == 0) {
            return Double.NaN;
        }
        double sumT = 0;
        double sumT2 = 0;
        for (long t : b.totals) {
            sumT += t;
            sumT2 += (double) t * t;
        }
        double scaledPopulation = b.bins * sumT2 - sumT * sumT; // K² Var[N A]
        double scaledSingles = 0; // K² Σ_i Var[c_i]
        for (int i = 0; i < n; i++) {
            scaledSingles += b.scaledVariance(i);
        }
        if (scaledSingles <= 0) {
            return Double.NaN;
        }
        // Var[A] / ((1/N) Σ Var[c_i]) = (K² Var[N A] / N²) / (K² Σ Var[c_i] / N)
        return scaledPopulation / (n * scaledSingles);
    }
}
