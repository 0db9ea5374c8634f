package org.neurocircuit.decode.eval;

import java.util.SplittableRandom;

/**
 * A chance-level control: the target cut into contiguous blocks that are put in a seeded random
 * order, every block away from its own place (a random cyclic permutation, Sattolo's algorithm).
 * Within a block the target keeps its smoothness; each block is paired with activity from an
 * unrelated time, so the expected correlation with the features is zero. A circular shift would
 * not do: a periodic target (a sum of sinusoids) shifted by τ stays correlated with itself by its
 * autocorrelation at τ, and a decoder scores above chance without decoding anything.
 */
public final class TargetShuffle {

    /** The preferred block, ms: far longer than decoding histories and a network's fading memory. */
    public static final double BLOCK_MS = 1000;
    /** The fewest blocks wanted: a series shorter than this many seconds gets shorter blocks. */
    public static final int MIN_BLOCKS = 10;

    private TargetShuffle() {
    }

    /**
     * The block length, rows, for {@code n} rows of {@code binMs}: 1 s, or a tenth of the series
     * when that is shorter, but always longer than the history window of {@code historySpan}
     * rows (so no row's history reaches its block's true neighbour).
     */
    public static int blockRows(int n, double binMs, int historySpan) {
        int perSecond = (int) Math.max(1, Math.round(BLOCK_MS / binMs));
        int tenth = Math.max(1, n / MIN_BLOCKS);
        return Math.max(Math.min(perSecond, tenth), historySpan + 1);
    }

    /**
     * The values in blocks of {@code blockRows} (the last one may be shorter) placed in a random
     * order drawn from {@code seed} in which no block keeps its place.
     */
    public static double[] blockPermutation(double[] values, int blockRows, long seed) {
        if (blockRows < 1) {
            throw new IllegalArgumentException("block of " + blockRows + " rows");
        }
        int n = values.length;
        int blocks = (n + blockRows - 1) / blockRows;
        int[] order = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            order[b] = b;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = blocks - 1; b > 0; b--) {
            int k = random.nextInt(b); // Sattolo: k < b, so the result is one cycle and moves every block
            int tmp = order[b];
            order[b] = order[k];
            order[k] = tmp;
        }
        double[] out = new double[n];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            int from = order[b] * blockRows;
            int len = Math.min(blockRows, n - from);
            System.arraycopy(values, from, out, at, len);
            at += len;
        }
        return out;
    }
}
