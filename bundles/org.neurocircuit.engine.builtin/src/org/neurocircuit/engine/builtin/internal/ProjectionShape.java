package org.neurocircuit.engine.builtin.internal;

import java.util.Arrays;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.NetworkValidator;
import org.neurocircuit.engine.network.Projection;

/** What can be said about a projection's synapses before generating them. */
final class ProjectionShape {

    private ProjectionShape() {
    }

    /** Expected number of synapses, for capacity and memory estimates. */
    static long expected(Projection p, int ns, int nt) {
        boolean same = p.source() == p.target();
        long pairs = (long) ns * nt - (same && !p.autapses() ? Math.min(ns, nt) : 0);
        return switch (p.rule()) {
            case ConnectionRule.AllToAll a -> pairs;
            case ConnectionRule.OneToOne o -> ns;
            case ConnectionRule.FixedProbability f -> (long) Math.ceil(f.p() * pairs);
            case ConnectionRule.FixedInDegree f -> (long) f.k() * nt;
            case ConnectionRule.FixedOutDegree f -> (long) f.k() * ns;
            case ConnectionRule.DistanceDependent d -> (long) Math.ceil(d.pMax() * pairs);
            case ConnectionRule.Explicit e -> e.size();
        };
    }

    static boolean hasConstantWeight(Projection p) {
        return !(p.rule() instanceof ConnectionRule.Explicit e && e.weights() != null)
                && Sampler.isConstant(p.weight());
    }

    static boolean hasConstantDelay(Projection p) {
        return !(p.rule() instanceof ConnectionRule.Explicit e && e.delays() != null)
                && Sampler.isConstant(p.delay());
    }

    /** Upper estimate of the delay in steps, for ring-buffer memory estimates. */
    static int maxDelaySteps(Projection p, double dt) {
        double hi;
        if (p.rule() instanceof ConnectionRule.Explicit e && e.delays() != null) {
            hi = Arrays.stream(e.delays()).max().orElse(dt);
        } else {
            Distribution d = p.delay();
            hi = Double.isFinite(d.upperBound()) ? d.upperBound()
                    : d instanceof Distribution.Normal n ? n.mu() + 6 * n.sigma()
                    : d instanceof Distribution.LogNormal l ? StrictMath.exp(l.mu() + 6 * l.sigma())
                    : d.mean();
        }
        return (int) Math.max(1, Math.min(NetworkValidator.MAX_DELAY_STEPS, Math.round(hi / dt)));
    }
}
