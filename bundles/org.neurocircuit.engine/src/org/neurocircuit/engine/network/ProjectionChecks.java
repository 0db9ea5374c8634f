package org.neurocircuit.engine.network;

import java.util.List;

/** Checks of projections and receptors. */
final class ProjectionChecks {

    private ProjectionChecks() {
    }

    static void check(Checks c, Projection pr, List<Population> pops) {
        if (!inRange(c, "source", pr.source(), pops) | !inRange(c, "target", pr.target(), pops)) {
            return;
        }
        Population src = pops.get(pr.source());
        Population tgt = pops.get(pr.target());
        receptor(c, pr.receptor(), tgt);
        rule(c, pr, src, tgt);
        c.distribution("weight", pr.weight(), weightUnit(pr.receptor()));
        if (pr.weight().lowerBound() < 0) {
            c.fail("weights must be magnitudes of at least 0 (the receptor's sign decides the effect),"
                    + " but the weight can be " + pr.weight().lowerBound()
                    + "; bound the distribution below at 0.");
        }
        c.distribution("delay", pr.delay(), "ms");
        if (!(pr.delay().lowerBound() > 0) && !(pr.delay() instanceof Distribution.LogNormal)) {
            c.fail("delays must be positive, but the delay can be " + pr.delay().lowerBound()
                    + " ms; bound the delay distribution below by at least one time step.");
        }
        plasticity(c, pr);
    }

    static String weightUnit(Receptor r) {
        return r == null ? "pA" : r.weightUnit();
    }

    private static boolean inRange(Checks c, String what, int index, List<Population> pops) {
        if (index < 0 || index >= pops.size()) {
            c.fail(what + " population index " + index + " does not exist (there are " + pops.size()
                    + " populations).");
            return false;
        }
        return true;
    }

    /** Checks that the receptor is well formed and that the target model accepts it. */
    static void receptor(Checks c, Receptor r, Population target) {
        if (r == null) {
            c.fail("has no receptor; choose an excitatory or inhibitory receptor.");
            return;
        }
        boolean delta = r.kinetics() == Receptor.Kinetics.DELTA;
        if (!delta) {
            // a delta receptor has no time course, so its tau_syn means nothing
            c.positive("synaptic time constant tau_syn", r.tauSyn(), "ms");
        }
        NeuronModel m = target.model();
        if (!m.acceptsInput()) {
            c.fail("targets population '" + target.name() + "', a " + m.kind()
                    + ", which takes no input; target a neuron population instead.");
        } else if (delta && r.coupling() == Receptor.Coupling.CONDUCTANCE) {
            c.fail("uses delta kinetics on a conductance receptor; delta synapses jump V_m by a weight in mV"
                    + " and exist for current receptors only. Use a current receptor, or exponential or alpha kinetics.");
        } else if (delta && !m.has(StateVariable.V)) {
            c.fail("uses a delta receptor on population '" + target.name() + "', a " + m.kind()
                    + ", which has no membrane potential to jump; use exponential or alpha kinetics.");
        } else if (r.coupling() == Receptor.Coupling.CONDUCTANCE) {
            c.finite("reversal potential E_rev", r.eRev(), "mV");
            if (!m.acceptsConductance()) {
                c.fail("uses a conductance receptor, but population '" + target.name() + "' is a "
                        + m.kind() + " that takes current receptors only; use a current receptor"
                        + " or a conductance-based model.");
            }
        }
    }

    private static void rule(Checks c, Projection pr, Population src, Population tgt) {
        boolean same = pr.source() == pr.target();
        long candidates = same && !pr.autapses() ? (long) src.size() - 1 : src.size();
        long targetCandidates = same && !pr.autapses() ? (long) tgt.size() - 1 : tgt.size();
        switch (pr.rule()) {
            case ConnectionRule.AllToAll a -> { }
            case ConnectionRule.OneToOne o -> {
                if (src.size() != tgt.size()) {
                    c.fail("one-to-one needs equal sizes, but '" + src.name() + "' has " + src.size()
                            + " and '" + tgt.name() + "' has " + tgt.size() + " neurons.");
                }
                if (same && !pr.autapses()) {
                    c.fail("one-to-one within one population connects each neuron to itself;"
                            + " allow autapses or use another rule.");
                }
            }
            case ConnectionRule.FixedProbability f -> c.probability("connection probability", f.p());
            case ConnectionRule.FixedInDegree f -> degree(c, "in-degree", f.k(), candidates,
                    pr.multapses(), src.name());
            case ConnectionRule.FixedOutDegree f -> degree(c, "out-degree", f.k(), targetCandidates,
                    pr.multapses(), tgt.name());
            case ConnectionRule.DistanceDependent d -> distance(c, d, src, tgt);
            case ConnectionRule.Explicit e -> explicit(c, e, src, tgt);
        }
    }

    private static void distance(Checks c, ConnectionRule.DistanceDependent d, Population src, Population tgt) {
        if (d.profile() == null) {
            c.fail("distance-dependent rule needs a profile (Gaussian or exponential).");
        }
        c.probability("pMax", d.pMax());
        c.positive("kernel width sigma", d.sigma(), "µm");
        if (!(d.cutoff() > 0)) {
            c.fail("cutoff must be positive (was " + d.cutoff() + " µm).");
        }
        for (Population p : List.of(src, tgt)) {
            if (p.layout() instanceof Layout.None) {
                c.fail("is distance-dependent but population '" + p.name()
                        + "' has no layout; give it a grid, random or explicit layout.");
                return;
            }
        }
        // distances are measured on one torus; two different ones (or one torus and a flat
        // layout) leave open which distance the rule means
        Layout.Period ps = src.layout().period(src.size()), pt = tgt.layout().period(tgt.size());
        if ((ps.wraps() || pt.wraps()) && !samePeriod(ps, pt)) {
            c.fail("connects population '" + src.name() + "' (periodic sides " + sides(ps) + ") and '"
                    + tgt.name() + "' (" + sides(pt) + "); distance-dependent rules need both layouts"
                    + " periodic with the same extent, or neither periodic.");
        }
    }

    private static boolean samePeriod(Layout.Period a, Layout.Period b) {
        double[] x = a.sides(), y = b.sides();
        for (int k = 0; k < 3; k++) {
            if (!(Math.abs(x[k] - y[k]) <= 1e-9 * Math.max(Math.abs(x[k]), Math.abs(y[k])))) {
                return false;
            }
        }
        return true;
    }

    private static String sides(Layout.Period p) {
        return p.wraps() ? p.x() + " x " + p.y() + " x " + p.z() + " µm" : "none";
    }

    private static void degree(Checks c, String what, int k, long candidates, boolean multapses,
            String pool) {
        if (k < 0) {
            c.fail(what + " must be 0 or more (was " + k + ").");
        } else if (!multapses && k > candidates) {
            c.fail(what + " " + k + " exceeds the " + candidates + " distinct neurons available in '"
                    + pool + "' without multapses; lower it or allow multapses.");
        } else if (k > 0 && candidates == 0) {
            c.fail(what + " " + k + " needs neurons to choose from, but none are available in '"
                    + pool + "'.");
        }
    }

    private static void explicit(Checks c, ConnectionRule.Explicit e, Population src, Population tgt) {
        int n = e.size();
        if (e.targets().length != n) {
            c.fail("explicit list has " + n + " sources but " + e.targets().length
                    + " targets; give one target per source.");
            return;
        }
        if (e.weights() != null && e.weights().length != n) {
            c.fail("explicit list has " + n + " pairs but " + e.weights().length + " weights.");
        }
        if (e.delays() != null && e.delays().length != n) {
            c.fail("explicit list has " + n + " pairs but " + e.delays().length + " delays.");
        }
        c.indices("explicit source list", e.sources(), src.size(), src.name());
        c.indices("explicit target list", e.targets(), tgt.size(), tgt.name());
        if (e.weights() != null) {
            for (double w : e.weights()) {
                if (!(w >= 0) || !Double.isFinite(w)) {
                    c.fail("explicit weights must be finite magnitudes of at least 0 (found " + w + ").");
                    break;
                }
            }
        }
        if (e.delays() != null) {
            for (double d : e.delays()) {
                if (!(d > 0) || !Double.isFinite(d)) {
                    c.fail("explicit delays must be positive and finite (found " + d + " ms).");
                    break;
                }
            }
        }
    }

    private static void plasticity(Checks c, Projection pr) {
        switch (pr.plasticity()) {
            case Plasticity.None n -> { }
            case Plasticity.Stdp s -> {
                c.positive("STDP tau_plus", s.tauPlus(), "ms");
                c.positive("STDP tau_minus", s.tauMinus(), "ms");
                c.nonNegative("STDP A_plus", s.aPlus(), "");
                c.nonNegative("STDP A_minus", s.aMinus(), "");
                c.nonNegative("STDP w_min", s.wMin(), weightUnit(pr.receptor()));
                c.finite("STDP w_max", s.wMax(), weightUnit(pr.receptor()));
                if (s.wMax() < s.wMin()) {
                    c.fail("STDP w_max " + s.wMax() + " is below w_min " + s.wMin() + "; swap them.");
                }
                if (s.update() == null || s.pairing() == null) {
                    c.fail("STDP needs an update form (additive or multiplicative) and a pairing.");
                }
                if (pr.weight().lowerBound() < s.wMin() || pr.weight().upperBound() > s.wMax()) {
                    c.fail("initial weights can lie outside the STDP bounds [" + s.wMin() + ", "
                            + s.wMax() + "]; bound the weight distribution within them.");
                }
                if (pr.rule() instanceof ConnectionRule.Explicit e && e.weights() != null) {
                    for (double w : e.weights()) {
                        if (w < s.wMin() || w > s.wMax()) {
                            c.fail("explicit weight " + w + " lies outside the STDP bounds.");
                            break;
                        }
                    }
                }
            }
            case Plasticity.TsodyksMarkram t -> {
                if (!(t.u() > 0 && t.u() <= 1)) {
                    c.fail("Tsodyks-Markram U must lie in (0, 1] (was " + t.u() + ").");
                }
                c.positive("Tsodyks-Markram tau_rec", t.tauRec(), "ms");
                c.nonNegative("Tsodyks-Markram tau_fac", t.tauFac(), "ms");
            }
        }
    }
}
