package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Distribution;

/** Draws values of a {@link Distribution}. */
final class Sampler {

    private static final int MAX_REDRAWS = 10_000;

    private Sampler() {
    }

    static double draw(Distribution d, Rng rng) {
        return switch (d) {
            case Distribution.Constant c -> c.value();
            case Distribution.Uniform u -> u.low() + (u.high() - u.low()) * rng.nextDouble();
            case Distribution.Normal n -> truncatedNormal(n, rng);
            case Distribution.LogNormal l -> StrictMath.exp(l.mu() + l.sigma() * rng.nextGaussian());
        };
    }

    private static double truncatedNormal(Distribution.Normal n, Rng rng) {
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double x = n.mu() + n.sigma() * rng.nextGaussian();
            if (x >= n.min() && x <= n.max()) {
                return x;
            }
        }
        // The validator keeps the bounds within 5 sigma of the mean, so this is practically
        // unreachable; clamping keeps the value legal if it happens.
        return Math.min(n.max(), Math.max(n.min(), n.mu()));
    }

    /** Whether every draw gives the same value. */
    static boolean isConstant(Distribution d) {
        return d instanceof Distribution.Constant
                || d instanceof Distribution.Uniform u && u.low() == u.high()
                || d instanceof Distribution.Normal n && n.sigma() == 0
                || d instanceof Distribution.LogNormal l && l.sigma() == 0;
    }
}
