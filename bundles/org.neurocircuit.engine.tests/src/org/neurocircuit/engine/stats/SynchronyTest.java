package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Golomb–Hansel χ for fully synchronous, independent and half-synchronous populations. */
class SynchronyTest {

    private static final TimeWindow ALL = new TimeWindow(0, 100_000);

    @Test
    void fullySynchronousIsOne() {
        SpikeTrains s = Trains.synchronous(50, 10, 100_000, 1);
        assertEquals(1.0, Synchrony.chi(s, ALL, 2), 1e-12);
        assertEquals(1.0, Synchrony.chi(s, ALL, 0.5), 1e-12);
    }

    @Test
    void independentIsAboutOneOverRootN() {
        for (int n : new int[] {25, 100, 400}) {
            SpikeTrains s = Trains.poisson(n, 10, 100_000, n);
            double chi = Synchrony.chi(s, ALL, 2);
            assertEquals(1 / Math.sqrt(n), chi, 0.1 / Math.sqrt(n), "N = " + n);
        }
    }

    @Test
    void halfSynchronousMatchesTheMixture() {
        // m synchronous and m independent neurons of equal rate: χ² = (m² + m) σ² / (2m · 2m σ²)
        int m = 50;
        SpikeTrains s = Trains.merge(Trains.synchronous(m, 10, 100_000, 3), Trains.poisson(m, 10, 100_000, 4));
        assertEquals((m + 1) / (4.0 * m), Synchrony.chiSquared(s, ALL, 2), 0.02);
    }

    @Test
    void undefinedWithoutVariationOrBins() {
        SpikeTrains silent = new SpikeTrains(new int[0], new double[0], 10);
        assertTrue(Double.isNaN(Synchrony.chi(silent, ALL, 2)));
        SpikeTrains s = Trains.poisson(10, 10, 100_000, 5);
        assertTrue(Double.isNaN(Synchrony.chi(s, new TimeWindow(0, 3), 2)), "a single whole bin");
        assertTrue(Double.isNaN(Synchrony.chi(new SpikeTrains(new int[0], new double[0], 0), ALL, 2)));
    }
}
