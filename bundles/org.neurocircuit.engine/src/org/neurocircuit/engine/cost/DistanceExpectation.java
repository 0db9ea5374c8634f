package org.neurocircuit.engine.cost;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;

/**
 * The expected synapse count of a distance-dependent rule: the sum of the connection
 * probability over all source-target pairs at their actual positions, with the lowering's
 * cutoff. Large projections are summed over an evenly spaced subset of sources and scaled,
 * so that a live preview stays fast.
 */
final class DistanceExpectation {

    /** Pairs summed exactly; beyond this, every s-th source row is summed and scaled by s. */
    static final long EXACT_PAIRS = 4_000_000L;

    /** The lowering cuts the profile where it has fallen to e^-8 of p0 (ProjectionLowering.CUTOFF_EXPONENT). */
    private static final double CUTOFF_EXPONENT = 8;

    private DistanceExpectation() {
    }

    /**
     * @param self true when source and target are one population and autapses are not allowed
     * @return the expected count and its basis
     */
    static ProjectionCost expected(String name, DistanceDependent rule, NeuronPositions src, NeuronPositions tgt,
            boolean self) {
        ConnectionRule.Profile profile = rule.getProfile() == DistanceProfile.EXPONENTIAL
                ? ConnectionRule.Profile.EXPONENTIAL : ConnectionRule.Profile.GAUSSIAN;
        double cutoff = profile.sigmasAt(CUTOFF_EXPONENT) * rule.getSigma();
        var lowered = new ConnectionRule.DistanceDependent(profile, rule.getP0(), rule.getSigma(), cutoff);
        int ns = src.size();
        int nt = tgt.size();
        long pairs = (long) ns * nt;
        int stride = pairs <= EXACT_PAIRS ? 1 : (int) Math.ceil((double) pairs / EXACT_PAIRS);
        double sum = 0;
        int rows = 0;
        for (int j = 0; j < ns; j += stride) {
            rows++;
            for (int t = 0; t < nt; t++) {
                if (self && t == j) {
                    continue;
                }
                sum += lowered.probability(Math.sqrt(src.distanceSquared(j, tgt, t)));
            }
        }
        double expected = rows == 0 ? 0 : sum * ns / rows;
        String basis = "sum of p(distance) over " + (stride == 1 ? "all pairs" : "every " + stride + "th source row, scaled");
        return new ProjectionCost(name, expected, basis);
    }
}
