package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.ConnectionRule;

/**
 * The distance between two placed neurons and the connection probability of a
 * distance-dependent rule at it. On a torus (a positive side {@code L} along an axis) the
 * coordinate difference is taken to the nearest image, {@code dx - L rint(dx / L)}, so each pair
 * has one distance, at most {@code L/2} along that axis.
 */
final class DistanceKernel {

    private final double pMax;
    private final boolean gaussian;
    private final double sigma;
    private final double inv2s2;
    private final double cutoff2;
    private final double lx;
    private final double ly;
    private final double lz;
    private final boolean wraps;

    /** @param period torus sides {x, y, z}, µm; 0 along an axis that does not wrap */
    DistanceKernel(ConnectionRule.DistanceDependent rule, double[] period) {
        this.pMax = rule.pMax();
        this.gaussian = rule.profile() == ConnectionRule.Profile.GAUSSIAN;
        this.sigma = rule.sigma();
        this.inv2s2 = 1.0 / (2 * sigma * sigma);
        this.cutoff2 = rule.cutoff() * rule.cutoff();
        this.lx = period[0];
        this.ly = period[1];
        this.lz = period[2];
        this.wraps = lx > 0 || ly > 0 || lz > 0;
    }

    /** The squared distance, µm², of source {@code j} and target {@code t} (x, y, z triples). */
    double distanceSquared(double[] sxyz, int j, double[] txyz, int t) {
        double dx = sxyz[3 * j] - txyz[3 * t];
        double dy = sxyz[3 * j + 1] - txyz[3 * t + 1];
        double dz = sxyz[3 * j + 2] - txyz[3 * t + 2];
        if (wraps) {
            dx = nearestImage(dx, lx);
            dy = nearestImage(dy, ly);
            dz = nearestImage(dz, lz);
        }
        return dx * dx + dy * dy + dz * dz;
    }

    private static double nearestImage(double d, double side) {
        return side > 0 ? d - side * Math.rint(d / side) : d;
    }

    /** Whether a pair at squared distance {@code r2} may connect at all. */
    boolean withinCutoff(double r2) {
        return r2 <= cutoff2;
    }

    /**
     * The connection probability at squared distance {@code r2} (within the cutoff), as
     * {@link ConnectionRule.Profile#falloff} defines it; the Gaussian straight from {@code r2},
     * without a square root.
     */
    double probability(double r2) {
        return pMax * (gaussian ? StrictMath.exp(-r2 * inv2s2) : StrictMath.exp(-Math.sqrt(r2) / sigma));
    }
}
