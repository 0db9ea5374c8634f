package org.neurocircuit.decode.eval;

/**
 * One fold of blocked cross-validation over rows {@code 0 … n-1}: the test block
 * {@code [blockStart, blockEnd)}, of which rows {@code [testStart, testEnd)} are tested after the
 * edge trimming, and the training rows.
 *
 * @param index the fold's number, from 0
 * @param blockStart first row of the block
 * @param blockEnd end of the block (exclusive)
 * @param testStart first tested row
 * @param testEnd end of the tested rows (exclusive)
 * @param train the training rows, ascending
 */
public record Fold(int index, int blockStart, int blockEnd, int testStart, int testEnd, int[] train) {

    /** The tested rows, ascending. */
    public int[] test() {
        int[] t = new int[testEnd - testStart];
        for (int i = 0; i < t.length; i++) {
            t[i] = testStart + i;
        }
        return t;
    }

    /** The number of tested rows. */
    public int testSize() {
        return testEnd - testStart;
    }
}
