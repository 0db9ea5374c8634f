package org.neurocircuit.ui.views.connectivity;

import java.util.SplittableRandom;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Projection;

/**
 * Draws one projection's connections between sampled neurons from its rule: each sampled pair
 * independently with the rule's pair probability (exact for fixed probability and all-to-all;
 * the marginal probability {@code k / N} for degree rules), one-to-one and explicit pairs as
 * given.
 */
final class RuleSampler {

    private RuleSampler() {
    }

    static void draw(NetworkDescription net, Projection p, SplittableRandom random, int[] offsets, int[] sizes,
            int total, boolean[] connected) {
        int ns = net.populations().get(p.source()).size();
        int nt = net.populations().get(p.target()).size();
        int ms = sizes[p.source()];
        int mt = sizes[p.target()];
        if (p.rule() instanceof ConnectionRule.Explicit e) {
            int[] src = e.sources();
            int[] tgt = e.targets();
            for (int i = 0; i < src.length; i++) {
                int a = sampledIndex(src[i], ns, ms);
                int b = sampledIndex(tgt[i], nt, mt);
                if (a >= 0 && b >= 0) {
                    connected[(offsets[p.source()] + a) * total + offsets[p.target()] + b] = true;
                }
            }
            return;
        }
        double prob = ConnectivityBuilder.probability(net, p);
        boolean oneToOne = p.rule() instanceof ConnectionRule.OneToOne;
        for (int a = 0; a < ms; a++) {
            int sourceNeuron = neuronOf(a, ns, ms);
            for (int b = 0; b < mt; b++) {
                int targetNeuron = neuronOf(b, nt, mt);
                boolean self = p.source() == p.target() && sourceNeuron == targetNeuron;
                boolean on = oneToOne ? sourceNeuron == targetNeuron : random.nextDouble() < prob;
                if (on && !(self && !p.autapses())) {
                    connected[(offsets[p.source()] + a) * total + offsets[p.target()] + b] = true;
                }
            }
        }
    }

    /** The neuron of population size {@code n} that sample slot {@code i} of {@code m} stands for. */
    static int neuronOf(int i, int n, int m) {
        return (int) ((long) i * n / m);
    }

    /** The sample slot of neuron {@code neuron}, or -1 when it is not sampled. */
    static int sampledIndex(int neuron, int n, int m) {
        int slot = (int) (((long) neuron * m + n - 1) / n);
        return slot < m && neuronOf(slot, n, m) == neuron ? slot : -1;
    }
}
