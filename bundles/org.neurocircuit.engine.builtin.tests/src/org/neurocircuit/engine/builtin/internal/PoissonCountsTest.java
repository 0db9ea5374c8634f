package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Per-step Poisson counts, dense and sparse, whole steps and steps cut by the window. */
class PoissonCountsTest {

    private static final int NEURONS = 20_000;

    /** Mean and variance over neurons of the summed counts of steps {@code [from, to)}. */
    private static double[] moments(double rateHz, double dt, double startMs, double stopMs, int from, int to) {
        long[] keys = new long[NEURONS];
        for (int i = 0; i < NEURONS; i++) {
            keys[i] = Rng.key(9, Rng.STIMULUS, 0, i);
        }
        PoissonCounts counts = new PoissonCounts(rateHz, dt, startMs, stopMs, keys);
        float[] ring = new float[NEURONS];
        for (int step = from; step < to; step++) {
            counts.add(ring, 1, 0, NEURONS, step);
        }
        double mean = 0;
        double square = 0;
        for (float c : ring) {
            mean += c / (double) NEURONS;
            square += (double) c * c / NEURONS;
        }
        return new double[] {mean, square - mean * mean};
    }

    @Test
    void denseAndSparseCountsHavePoissonMeanAndVariance() {
        // 20 kHz at 0.1 ms (dense, 2 per step) and 500 Hz (sparse, 0.05 per step), over 10 steps
        for (double rate : new double[] {20_000, 500}) {
            double expected = rate * 1e-3 * 0.1 * 10;
            double[] m = moments(rate, 0.1, 0, Double.POSITIVE_INFINITY, 0, 10);
            double sd = Math.sqrt(expected / NEURONS);
            assertEquals(expected, m[0], 5 * sd, rate + " Hz mean");
            assertEquals(expected, m[1], 0.05 * expected, rate + " Hz variance");
        }
    }

    @Test
    void stepsCutByTheWindowGetTheirShareOnly() {
        // window [0.25, 0.73) ms at dt 0.1: steps 2 and 7 are cut to 0.05 and 0.03 ms, 0.48 ms in all
        for (double rate : new double[] {20_000, 500}) {
            double expected = rate * 1e-3 * 0.48;
            double[] m = moments(rate, 0.1, 0.25, 0.73, 0, 10);
            assertEquals(expected, m[0], 5 * Math.sqrt(expected / NEURONS), rate + " Hz");
        }
        assertEquals(0, moments(20_000, 0.1, 0.25, 0.73, 8, 10)[0], "nothing after the stop");
    }

    @Test
    void theTableIsTheCumulativePoissonDistributionEvenForLargeMeans() {
        double[] cdf = PoissonCounts.cumulative(2);
        assertEquals(Math.exp(-2), cdf[0], 1e-15);
        assertEquals(Math.exp(-2) * (1 + 2 + 2), cdf[2], 1e-15);
        assertEquals(1, cdf[cdf.length - 1]);
        double[] large = PoissonCounts.cumulative(800);
        assertEquals(1, large[large.length - 1]);
        int median = 0;
        while (large[median] < 0.5) {
            median++;
        }
        assertEquals(800, median, 1, "the median of a Poisson count of mean 800");
        assertTrue(large.length < 800 + 12 * Math.sqrt(800) + 42, "the table stops where the tail vanishes");
    }
}
