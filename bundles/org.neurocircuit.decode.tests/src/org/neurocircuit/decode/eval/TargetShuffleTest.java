package org.neurocircuit.decode.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TargetShuffleTest {

    @Test
    void blocksAreOneSecondOrATenthButLongerThanTheHistory() {
        assertEquals(50, TargetShuffle.blockRows(500, 20, 3)); // 10 s of 20 ms bins: 1 s
        assertEquals(2, TargetShuffle.blockRows(20, 10, 0)); // 200 ms: a tenth
        assertEquals(5, TargetShuffle.blockRows(20, 10, 4)); // never within the history window
        assertEquals(1, TargetShuffle.blockRows(3, 10, 0));
    }

    @Test
    void everyBlockMovesWholeAndNoneStays() {
        double[] v = new double[103];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        double[] p = TargetShuffle.blockPermutation(v, 10, 3);
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        assertArrayEquals(v, sorted, "the same values");
        // the output is a sequence of runs of consecutive values, each a whole block
        int at = 0;
        while (at < p.length) {
            int start = (int) p[at];
            assertEquals(0, start % 10, "a block starts at a block boundary");
            assertTrue(start != at, "block at " + at + " kept its place");
            int len = Math.min(10, v.length - start);
            for (int k = 0; k < len; k++) {
                assertEquals(start + k, p[at + k]);
            }
            at += len;
        }
        assertArrayEquals(p, TargetShuffle.blockPermutation(v, 10, 3), "seeded");
        assertFalse(Arrays.equals(p, TargetShuffle.blockPermutation(v, 10, 4)), "another seed, another order");
    }

    /**
     * A sum of sinusoids stays correlated with itself under a shift; blocks never score above
     * chance on average (as no block keeps its place the expectation is about -1/(blocks - 1),
     * i.e. slightly below zero for 10 blocks).
     */
    @Test
    void aPeriodicTargetIsDecorrelated() {
        int n = 500; // 10 s in 20 ms bins
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * 0.02;
            y[i] = Math.sin(2 * Math.PI * 0.5 * t) + Math.sin(2 * Math.PI * 1.3 * t) + Math.sin(2 * Math.PI * 3.1 * t);
        }
        double sum = 0;
        int seeds = 50;
        for (int s = 0; s < seeds; s++) {
            sum += correlation(y, TargetShuffle.blockPermutation(y, TargetShuffle.blockRows(n, 20, 3), s));
        }
        double mean = sum / seeds;
        System.out.printf("block permutation of a sum of sinusoids: mean correlation %.3f over %d seeds%n", mean,
                seeds);
        assertTrue(mean < 0.02 && mean > -0.25, "mean correlation " + mean);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
