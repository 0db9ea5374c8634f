package org.neurocircuit.engine.stats;

import java.util.function.IntPredicate;

/**
 * Binary search of a time-sorted spike array for the first spike at or after a time: the one
 * search {@link SpikeTrains} (times in ms) and the views' spike tables (integer steps) share.
 * {@link java.util.Arrays#binarySearch} is no help: it finds any of several equal times, not the first.
 */
public final class SortedSearch {

    private SortedSearch() {
    }

    /** The index of the first element {@code >= t} of a non-decreasing array; its length if none. */
    public static int firstAtOrAfter(double[] sorted, double t) {
        return first(sorted.length, i -> sorted[i] >= t);
    }

    /** The index of the first element {@code >= step} of a non-decreasing array; its length if none. */
    public static int firstAtOrAfter(int[] sorted, int step) {
        return first(sorted.length, i -> sorted[i] >= step);
    }

    /** The first index in {@code [0, length)} where {@code reached} holds, given it holds from there on. */
    private static int first(int length, IntPredicate reached) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reached.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
