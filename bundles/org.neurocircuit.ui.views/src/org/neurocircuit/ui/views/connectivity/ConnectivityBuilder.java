package org.neurocircuit.ui.views.connectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.model.Circuit;

/**
 * Computes the connectivity model from the circuit copy of a run, lowered as the engine lowers it:
 * population-level probabilities and mean weights, and a neuron-level sample drawn from each
 * rule with the run's seed (it is not the network the backend built, which a run does not store).
 */
final class ConnectivityBuilder {

    /** Neurons sampled per population. */
    static final int SAMPLE = 200;

    private ConnectivityBuilder() {
    }

    static ConnectivityModel build(Circuit circuit, long seed) {
        if (circuit == null) {
            return new ConnectivityModel(List.of(), List.of(), null,
                    "This run holds no readable copy of its circuit, so its connectivity is unknown.");
        }
        NetworkDescription net;
        try {
            net = CircuitLowering.lower(circuit).network();
        } catch (RuntimeException e) {
            return new ConnectivityModel(List.of(), List.of(), null,
                    "The run's circuit copy cannot be lowered: " + e.getMessage());
        }
        List<String> names = net.populations().stream().map(p -> p.name()).toList();
        List<ConnectivityModel.Cell> cells = new ArrayList<>();
        for (Projection p : net.projections()) {
            cells.add(merge(cells, p, probability(net, p)));
        }
        cells.removeIf(c -> c == null);
        return new ConnectivityModel(names, cells, sample(net, seed), null);
    }

    /** The expected probability that one source neuron connects to one target neuron. */
    static double probability(NetworkDescription net, Projection p) {
        int ns = net.populations().get(p.source()).size();
        int nt = net.populations().get(p.target()).size();
        return switch (p.rule()) {
            case ConnectionRule.AllToAll a -> 1;
            case ConnectionRule.OneToOne o -> 1.0 / Math.max(1, ns);
            case ConnectionRule.FixedProbability f -> f.p();
            case ConnectionRule.FixedInDegree k -> Math.min(1, k.k() / (double) Math.max(1, ns));
            case ConnectionRule.FixedOutDegree k -> Math.min(1, k.k() / (double) Math.max(1, nt));
            case ConnectionRule.DistanceDependent d -> d.pMax();
            case ConnectionRule.Explicit e -> e.size() / ((double) Math.max(1, ns) * Math.max(1, nt));
        };
    }

    private static ConnectivityModel.Cell merge(List<ConnectivityModel.Cell> cells, Projection p, double prob) {
        double sign = p.receptor().sign() == Receptor.Sign.INHIBITORY ? -1 : 1;
        ConnectivityModel.Cell cell = new ConnectivityModel.Cell(p.source(), p.target(), prob,
                sign * p.weight().mean(), p.receptor().weightUnit(), List.of(p.name()), List.of(p.rule().describe()));
        for (int i = 0; i < cells.size(); i++) {
            ConnectivityModel.Cell c = cells.get(i);
            if (c != null && c.source() == p.source() && c.target() == p.target()) {
                // Several projections between one pair: independent chances, probability-weighted mean weight.
                double combined = 1 - (1 - c.probability()) * (1 - prob);
                double weight = (c.meanWeight() * c.probability() + cell.meanWeight() * prob)
                        / Math.max(1e-300, c.probability() + prob);
                List<String> projections = new ArrayList<>(c.projections());
                projections.add(p.name());
                List<String> rules = new ArrayList<>(c.rules());
                rules.add(p.rule().describe());
                String unit = c.unit().equals(cell.unit()) ? c.unit() : c.unit() + "|" + cell.unit();
                cells.set(i, null);
                return new ConnectivityModel.Cell(c.source(), c.target(), combined, weight, unit, projections, rules);
            }
        }
        return cell;
    }

    private static ConnectivityModel.Sample sample(NetworkDescription net, long seed) {
        int n = net.populations().size();
        int[] offsets = new int[n];
        int[] sizes = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = total;
            sizes[i] = Math.min(SAMPLE, net.populations().get(i).size());
            total += sizes[i];
        }
        boolean[] connected = new boolean[total * total];
        List<String> skipped = new ArrayList<>();
        for (int k = 0; k < net.projections().size(); k++) {
            Projection p = net.projections().get(k);
            if (p.rule() instanceof ConnectionRule.DistanceDependent) {
                skipped.add(p.name());
                continue;
            }
            RuleSampler.draw(net, p, new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (k + 1))), offsets, sizes,
                    total, connected);
        }
        String note = "Sample of up to " + SAMPLE + " neurons per population (evenly spaced), drawn from each rule"
                + " with the run's seed " + seed + ": not the synapses the run built."
                + (skipped.isEmpty() ? "" : " Not sampled (distance-dependent, needs positions): "
                        + String.join(", ", skipped) + ".");
        return new ConnectivityModel.Sample(offsets, sizes, connected, seed, note);
    }
}
