package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Independent Poisson trains (fixed seed) against the analytic values: rate λ, CV 1, Fano
 * (K-1)/K ≈ 1, χ² ≈ 1/N, exponential ISIs. Tolerances are several standard errors.
 */
class PoissonStatisticsTest {

    private static final int N = 200;
    private static final double HZ = 20;
    private static final double T_MS = 100_000;
    private static final SpikeTrains TRAINS = Trains.poisson(N, HZ, T_MS, 20250304L);
    private static final TimeWindow ALL = new TimeWindow(0, T_MS);

    @Test
    void meanRate() {
        // 400,000 expected spikes: relative standard error 0.16 %
        assertEquals(HZ, FiringRates.meanHz(TRAINS, ALL), HZ * 0.01);
        assertEquals(HZ, FiringRates.meanHz(TRAINS, new TimeWindow(10_000, 20_000)), HZ * 0.03);
        assertEquals(0.0, FiringRates.silentFraction(TRAINS, ALL));
    }

    @Test
    void perNeuronRatesSpreadAsPoissonCountsDo() {
        double[] r = FiringRates.perNeuronHz(TRAINS, ALL);
        double mean = 0;
        for (double x : r) {
            mean += x / N;
        }
        double var = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean) / (N - 1);
        }
        // a count of mean λT has variance λT, so a rate has variance λ / T
        assertEquals(Math.sqrt(HZ / (T_MS / 1000)), Math.sqrt(var), 0.2 * Math.sqrt(HZ / (T_MS / 1000)));
    }

    @Test
    void cvOfIsiIsOne() {
        NeuronAverage cv = IsiStatistics.meanCv(TRAINS, ALL);
        assertEquals(N, cv.neurons());
        assertEquals(1.0, cv.mean(), 0.01);
    }

    @Test
    void fanoFactorIsOne() {
        NeuronAverage f = FanoFactor.mean(TRAINS, ALL, 100);
        assertEquals(N, f.neurons());
        assertEquals(0.999, f.mean(), 0.01);
        assertEquals(0.99, FanoFactor.mean(TRAINS, ALL, 1000).mean(), 0.03, "K = 100 windows: (K-1)/K");
    }

    @Test
    void independentNeuronsAreBarelySynchronous() {
        double chi2 = Synchrony.chiSquared(TRAINS, ALL, 2);
        assertEquals(1.0, chi2 * N, 0.15, "χ² ≈ 1/N for independent neurons");
        assertEquals(Math.sqrt(chi2), Synchrony.chi(TRAINS, ALL, 2), 1e-15);
    }

    @Test
    void isiHistogramIsExponential() {
        IsiHistogram h = IsiHistogram.of(TRAINS, ALL, 1, 500);
        assertEquals(TRAINS.count() - N, h.total(), "one interval fewer than spikes per neuron");
        long below50 = 0;
        for (int k = 0; k < 50; k++) {
            below50 += h.counts()[k];
        }
        // P(ISI < 50 ms) = 1 - exp(-λ 50 ms) = 1 - e^-1
        assertEquals(1 - Math.exp(-1), below50 / (double) h.total(), 0.005);
        assertEquals(Math.exp(-10), h.overflow() / (double) h.total(), 2e-5, "P(ISI ≥ 500 ms)");
    }

    @Test
    void psthIsFlatAtTheRate() {
        Psth p = Psth.of(TRAINS, ALL, 1000);
        assertEquals(100, p.bins());
        long total = 0;
        for (int c : p.counts()) {
            total += c;
        }
        assertEquals(TRAINS.count(), total);
        for (double r : p.ratesHz()) {
            // each bin: 4000 expected spikes, standard error 1.6 %
            assertTrue(Math.abs(r - HZ) < HZ * 0.07, "bin rate " + r);
        }
    }
}
