package org.neurocircuit.engine.builtin.internal;

/**
 * A small counter-based random generator (SplitMix64). A stream is keyed by the run seed and
 * up to three integers, so that the numbers an element draws do not depend on which thread
 * draws them or in which order other elements draw theirs.
 *
 * <p>Uses {@link StrictMath} for logarithms so that draws are bit-identical on every JVM and in
 * every compilation tier.
 */
final class Rng {

    /** Stream purposes, part of each stream's key. */
    static final long CONNECT = 1, INIT = 2, SOURCE = 3, STIMULUS = 4, LAYOUT = 5;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long state) {
        this.state = state;
    }

    /** The stream for (seed, purpose, a, b). */
    static Rng stream(long seed, long purpose, long a, long b) {
        return new Rng(key(seed, purpose, a, b));
    }

    /** A well-mixed key for (seed, purpose, a, b), usable as a stream state. */
    static long key(long seed, long purpose, long a, long b) {
        long k = mix(seed + GOLDEN * (purpose + 1));
        k = mix(k ^ (a * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
        return mix(k ^ (b * 0xD6E8FEB86659FD93L + 0x27D4EB2F165667C5L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The counter increment; a stream's n-th value is {@code mix(key + n GOLDEN)}. */
    static final long STEP = GOLDEN;

    /** Uniform on [0, 1) from a counter value, for per-neuron streams held as plain longs. */
    static double uniform(long counter) {
        return (mix(counter) >>> 11) * 0x1.0p-53;
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform on [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on (0, 1], safe for logarithms. */
    double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound). */
    int nextInt(int bound) {
        // Lemire's multiply-shift with rejection: unbiased and fast.
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Standard normal (Box–Muller, one value per call for simplicity and reproducibility). */
    double nextGaussian() {
        double u = nextOpenDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** Exponential with mean 1. */
    double nextExponential() {
        return -StrictMath.log(nextOpenDouble());
    }

    /**
     * Geometric number of trials up to and including the first success with success
     * probability {@code p} per trial, given {@code logq = log(1 - p)}; at least 1.
     */
    long nextGeometric(double logq) {
        double g = Math.floor(StrictMath.log(nextOpenDouble()) / logq);
        return g >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : 1 + (long) g;
    }
}
