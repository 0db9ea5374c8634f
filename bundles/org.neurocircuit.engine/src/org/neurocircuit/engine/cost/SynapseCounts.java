package org.neurocircuit.engine.cost;

import java.util.List;
import java.util.function.Function;

import org.neurocircuit.model.AllToAll;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.OneToOne;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;

/**
 * The expected synapse count of one projection, rule by rule, as the built-in engine's
 * connection generator draws them: autapses are left out only where source and target are one
 * population and the projection forbids them; fixed in- and out-degrees are exact.
 */
final class SynapseCounts {

    private final Function<Population, NeuronPositions> positions;
    private final List<String> uncounted;

    /**
     * @param positions the neuron positions of a population, or null without a layout
     * @param uncounted receives one message per projection that cannot be counted
     */
    SynapseCounts(Function<Population, NeuronPositions> positions, List<String> uncounted) {
        this.positions = positions;
        this.uncounted = uncounted;
    }

    /** The cost, or {@code null} when it cannot be counted (the reason is added). */
    ProjectionCost count(Projection projection) {
        String name = "Projection '" + Names.path(projection) + "'";
        Population source = projection.getSource();
        Population target = projection.getTarget();
        if (source == null || target == null) {
            return skip(name + " has no " + (source == null ? "source" : "target") + " population");
        }
        if (projection.getRule() == null) {
            return skip(name + " has no connection rule");
        }
        long ns = source.getSize();
        long nt = target.getSize();
        if (ns < 0 || nt < 0) {
            return skip(name + " connects a population of negative size");
        }
        boolean self = source == target && !projection.isAllowAutapses();
        long pairs = ns * nt - (self ? Math.min(ns, nt) : 0);
        String p = Names.path(projection);
        return switch (projection.getRule()) {
            case AllToAll a -> new ProjectionCost(p, pairs, self ? "N (N - 1), no autapses" : "Npre Npost");
            case OneToOne o -> ns != nt
                    ? skip(name + " is one-to-one between " + ns + " and " + nt + " neurons; make the sizes equal")
                    : new ProjectionCost(p, ns, "Npre (one-to-one)");
            case FixedProbability f -> f.getP() < 0 || f.getP() > 1
                    ? skip(name + " has probability " + f.getP() + " outside [0, 1]")
                    : new ProjectionCost(p, f.getP() * pairs, self ? "p N (N - 1), no autapses" : "p Npre Npost");
            case FixedInDegree f -> degree(p, name, f.getK(), ns, nt, self, projection.isAllowMultapses(), "in");
            case FixedOutDegree f -> degree(p, name, f.getK(), nt, ns, self, projection.isAllowMultapses(), "out");
            case DistanceDependent d -> distance(p, name, d, source, target, self);
            case ExplicitList l -> new ProjectionCost(p, l.getConnections().size(), "explicit pairs");
            default -> skip(name + " has the unknown rule " + projection.getRule().eClass().getName());
        };
    }

    /** k per target (in-degree: candidates are the sources) or per source (out-degree). */
    private ProjectionCost degree(String p, String name, int k, long candidates, long rows, boolean self,
            boolean multapses, String which) {
        long available = self ? candidates - 1 : candidates;
        if (k < 0) {
            return skip(name + " has a negative " + which + "-degree " + k);
        }
        if (!multapses && k > available && rows > 0) {
            return skip(name + " asks for " + which + "-degree " + k + " without multapses but only " + available
                    + " partners exist; lower k or allow multapses");
        }
        return new ProjectionCost(p, (double) k * rows, "k " + (which.equals("in") ? "Npost" : "Npre"));
    }

    private ProjectionCost distance(String p, String name, DistanceDependent rule, Population source,
            Population target, boolean self) {
        NeuronPositions src = positions.apply(source);
        NeuronPositions tgt = positions.apply(target);
        if (src == null || tgt == null) {
            return skip(name + " is distance-dependent but population '" + (src == null ? source : target).getName()
                    + "' has no layout that places all its neurons; give it a grid or random box layout");
        }
        if (rule.getSigma() <= 0) {
            return skip(name + " has sigma " + rule.getSigma() + " µm; it must be positive");
        }
        return DistanceExpectation.expected(p, rule, src, tgt, self);
    }

    private ProjectionCost skip(String reason) {
        uncounted.add(reason);
        return null;
    }
}
