package org.neurocircuit.decode.eval;

import java.util.SplittableRandom;

/**
 * A chance-level control: the target circularly shifted against the features by a seeded random
 * offset between 20 % and 80 % of its length. Unlike shuffling bins, the shift keeps the target's
 * own autocorrelation, so a decoder cannot score above chance from the target's smoothness alone.
 */
public final class TargetShuffle {

    private TargetShuffle() {
    }

    /** The values shifted by the offset {@link #offset} draws. */
    public static double[] circularShift(double[] values, long seed) {
        int n = values.length;
        int k = offset(n, seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[(i + k) % n] = values[i];
        }
        return out;
    }

    /** The offset used for {@code n} values and {@code seed}: in [n/5, 4n/5]. */
    public static int offset(int n, long seed) {
        if (n < 5) {
            return n <= 1 ? 0 : 1;
        }
        return n / 5 + new SplittableRandom(seed).nextInt(4 * n / 5 - n / 5 + 1);
    }
}
