package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PsthTest {

    private static final SpikeTrains S = new SpikeTrains(new int[] {0, 1, 0, 1, 0, 1, 0, 1},
            new double[] {0.0, 0.3, 0.95, 1.0, 2.5, 2.99, 3.0, 3.1}, 2);

    @Test
    void countsPerBinWithAPartialLastBin() {
        Psth p = Psth.of(S, new TimeWindow(0, 3.05), 1.0);
        assertArrayEquals(new int[] {3, 1, 2, 1}, p.counts());
        assertEquals(4, p.bins());
        assertEquals(2.0, p.binStartMs(2), 1e-12);
        assertEquals(0.05, p.binWidthMs(3), 1e-12);
        double[] r = p.ratesHz();
        assertEquals(3 / (2 * 0.001), r[0], 1e-9, "3 spikes of 2 neurons in 1 ms");
        assertEquals(1 / (2 * 0.00005), r[3], 1e-6, "the partial bin's own width");
    }

    @Test
    void windowAndBinsAreHalfOpen() {
        Psth p = Psth.of(S, new TimeWindow(1.0, 3.0), 0.5);
        assertArrayEquals(new int[] {1, 0, 0, 2}, p.counts(), "1.0 in, 3.0 out; 2.5 and 2.99 in the last bin");
        assertEquals(1.0, p.startMs());
    }

    @Test
    void aSpikeOnABinEdgeGoesToTheLaterBin() {
        // 0.3 / 0.1 is 2.9999999999999996 in binary floating point
        SpikeTrains s = new SpikeTrains(new int[] {0, 0, 0}, new double[] {0.1, 0.3, 0.7}, 1);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 0, 0, 1, 0, 0}, Psth.of(s, new TimeWindow(0, 1), 0.1).counts());
    }

    @Test
    void binsOfAWholeRunOfSteps() {
        // 100 steps of 0.1 ms: spikes carry steps 1..100, times (0, 10] ms
        TimeWindow w = TimeWindow.ofSteps(0.1, 100);
        assertEquals(10.0, w.durationMs(), 1e-12);
        assertTrue(w.contains(0.1) && w.contains(10.0) && !w.contains(0.0));
        assertEquals(10_000, new TimeWindow(0, 1000).wholeBins(0.1));
        assertEquals(10_000, new TimeWindow(0, 1000).coveringBins(0.1));
        assertEquals(3, new TimeWindow(0, 1000).wholeBins(300));
        assertEquals(4, new TimeWindow(0, 1000).coveringBins(300));
    }
}
