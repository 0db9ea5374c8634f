package org.neurocircuit.engine.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.network.NeuronModel;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.RunRequest;

/**
 * Estimates the peak memory of a run before anything is built: final synapse blocks and
 * neuron state, plus the buildPeak cost of generating the largest projection (its generation
 * buffers and the table they are copied into, alive while its blocks are cut).
 */
final class MemoryEstimator {

    private MemoryEstimator() {
    }

    static MemoryEstimate estimate(RunRequest request) {
        var net = request.network();
        double dt = request.settings().dt();
        int threads = request.settings().threads();
        List<MemoryEstimate.Part> parts = new ArrayList<>();
        long synapses = 0;
        long buildPeak = 0;
        String buildPeakOf = "";
        int[][] maxDelay = new int[net.populations().size()][];
        List<List<Receptor>> receptors = new ArrayList<>();
        for (int p = 0; p < net.populations().size(); p++) {
            receptors.add(new ArrayList<>());
        }
        for (Projection pr : net.projections()) {
            Population src = net.populations().get(pr.source());
            Population tgt = net.populations().get(pr.target());
            long n = ProjectionShape.expected(pr, src.size(), tgt.size());
            synapses += n;
            boolean stdp = pr.plasticity() instanceof Plasticity.Stdp;
            boolean constW = ProjectionShape.hasConstantWeight(pr) && !stdp;
            boolean constD = ProjectionShape.hasConstantDelay(pr);
            int dmax = ProjectionShape.maxDelaySteps(pr, dt);
            long perSyn = 4 + (constW ? 0 : 4) + (constD ? 0 : dmax <= 255 ? 1 : 2) + (stdp ? 4 : 0);
            long bytes = n * perSyn + 4L * (src.size() + 1) * threads
                    + (stdp ? 4L * (tgt.size() + threads) + 8L * src.size() * (dmax + 2) + 8L * tgt.size() : 0)
                    + (pr.plasticity() instanceof Plasticity.TsodyksMarkram ? 16L * src.size() : 0);
            parts.add(new MemoryEstimate.Part("synapses of projection '" + pr.name() + "'", bytes));
            // generation: growable buffers (1.07 n) + exact copies, int delays/float weights
            long tableBytes = n * (4 + (ProjectionShape.hasConstantWeight(pr) ? 0 : 4) + (constD ? 0 : 4));
            long t = tableBytes * 2 + tableBytes / 8
                    + (pr.rule() instanceof org.neurocircuit.engine.network.ConnectionRule.FixedInDegree ? 4 * n : 0);
            if (t > buildPeak) {
                buildPeak = t;
                buildPeakOf = pr.name();
            }
            List<Receptor> rs = receptors.get(pr.target());
            if (!rs.contains(pr.receptor())) {
                rs.add(pr.receptor());
            }
            int c = rs.indexOf(pr.receptor());
            maxDelay[pr.target()] = grow(maxDelay[pr.target()], c + 1);
            maxDelay[pr.target()][c] = Math.max(maxDelay[pr.target()][c], dmax);
        }
        for (Stimulus s : net.stimuli()) {
            for (int p : s.targets()) {
                if (s.receptor() != null && !receptors.get(p).contains(s.receptor())) {
                    receptors.get(p).add(s.receptor());
                }
            }
        }
        for (int p = 0; p < net.populations().size(); p++) {
            Population pop = net.populations().get(p);
            long b = (long) pop.size() * neuronBytes(pop.model());
            List<Receptor> rs = receptors.get(p);
            boolean anyDelta = false;
            for (int c = 0; c < rs.size(); c++) {
                int d = maxDelay[p] != null && c < maxDelay[p].length ? Math.max(1, maxDelay[p][c]) : 1;
                Receptor.Kinetics k = rs.get(c).kinetics();
                // state floats per neuron: alpha 2, exponential 1, delta none (it jumps V directly)
                int perNeuron = k == Receptor.Kinetics.ALPHA ? 2 : k == Receptor.Kinetics.DELTA ? 0 : 1;
                anyDelta |= k == Receptor.Kinetics.DELTA;
                b += 4L * pop.size() * (perNeuron + d + 1);
            }
            if (anyDelta) {
                b += 4L * pop.size(); // the per-step sum of the jumps
            }
            if (pop.model() instanceof SpikeTimesSourceModel m) {
                for (int i = 0; i < m.size(); i++) {
                    b += 16 + 4L * m.timesOf(i).length;
                }
            }
            parts.add(new MemoryEstimate.Part("neurons of population '" + pop.name() + "'", b));
        }
        if (buildPeak > 0) {
            parts.add(new MemoryEstimate.Part("generating projection '" + buildPeakOf + "' (transient)", buildPeak));
        }
        long total = 0;
        for (MemoryEstimate.Part part : parts) {
            total += part.bytes();
        }
        return new MemoryEstimate(total, request.effectiveMemoryLimit(), synapses, parts);
    }

    private static int[] grow(int[] a, int n) {
        if (a == null) {
            return new int[n];
        }
        return a.length >= n ? a : java.util.Arrays.copyOf(a, n);
    }

    private static int neuronBytes(NeuronModel m) {
        return switch (m) {
            case org.neurocircuit.engine.network.LifCurrentModel x -> 8;
            case org.neurocircuit.engine.network.LifConductanceModel x -> 24;
            case org.neurocircuit.engine.network.AdExModel x -> 28;
            case org.neurocircuit.engine.network.IzhikevichModel x -> 24;
            case org.neurocircuit.engine.network.RateUnitModel x -> 28;
            case org.neurocircuit.engine.network.PoissonSourceModel x -> 40;
            case SpikeTimesSourceModel x -> 4;
        };
    }
}
