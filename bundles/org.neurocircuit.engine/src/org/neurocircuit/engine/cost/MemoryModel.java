package org.neurocircuit.engine.cost;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.UniformDistribution;

/**
 * The memory a run needs when no backend can estimate it (the circuit is incomplete, or no
 * backend is installed): the built-in engine's layout, counted from the model.
 * <ul>
 * <li>per synapse: 4 B target index, + 4 B weight unless constant (always with STDP), + 1 B
 * delay unless constant (2 B beyond 255 steps), + 4 B STDP trace: 4 B for static synapses with
 * constant weight and delay, 9 B for the microcircuit's normal weights and delays;</li>
 * <li>per projection: 4 B per source row pointer;</li>
 * <li>per neuron: its model's state (8 B LIF current ... 40 B Poisson source), and per receptor
 * channel it receives 4 B per state variable plus a ring buffer of 4 B per delay step;</li>
 * <li>while building: the largest projection's generation buffers, about twice its table.</li>
 * </ul>
 */
final class MemoryModel {

    private MemoryModel() {
    }

    static long bytes(Circuit circuit, List<ProjectionCost> counted, List<Projection> countedProjections) {
        double dt = circuit.getDt() > 0 ? circuit.getDt() : 0.1;
        long total = 0;
        long buildPeak = 0;
        Map<Population, Set<String>> channels = new HashMap<>();
        Map<Population, Integer> maxDelay = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            Projection p = countedProjections.get(i);
            long n = (long) Math.ceil(counted.get(i).expected());
            boolean stdp = p.getPlasticity() instanceof Stdp;
            boolean constW = p.getWeight() instanceof ConstantValue && !stdp;
            int steps = maxDelaySteps(p.getDelay(), dt);
            boolean constD = p.getDelay() instanceof ConstantValue;
            long perSynapse = 4 + (constW ? 0 : 4) + (constD ? 0 : steps <= 255 ? 1 : 2) + (stdp ? 4 : 0);
            total += n * perSynapse + 4L * (Math.max(0, p.getSource().getSize()) + 1);
            long table = n * (4 + (constW ? 0 : 4) + (constD ? 0 : 4));
            buildPeak = Math.max(buildPeak, 2 * table + table / 8);
            channels.computeIfAbsent(p.getTarget(), k -> new HashSet<>()).add(key(p.getReceptor()));
            maxDelay.merge(p.getTarget(), steps, Math::max);
        }
        for (Population pop : circuit.allPopulations()) {
            long size = Math.max(0, pop.getSize());
            total += size * stateBytes(pop.getNeuronModel());
            int ring = maxDelay.getOrDefault(pop, 1);
            for (String channel : channels.getOrDefault(pop, Set.of())) {
                int stateFloats = channel.startsWith("ALPHA") ? 2 : channel.startsWith("DELTA") ? 0 : 1;
                total += 4L * size * (stateFloats + ring + 1);
            }
        }
        return total + buildPeak;
    }

    /** Receptors that share a channel in the engine: same kinetics, sign, kind and time constants. */
    private static String key(Receptor r) {
        if (r == null) {
            return "EXPONENTIAL";
        }
        if (r.getKinetics() == SynapseKinetics.DELTA) {
            return "DELTA " + r.getSign();
        }
        return r.getKinetics() + " " + r.getSign() + " " + r.getKind() + " " + r.getTauSyn() + " " + r.getERev();
    }

    private static int maxDelaySteps(Quantity delay, double dt) {
        double hi = switch (delay) {
            case ConstantValue c -> c.getValue();
            case UniformDistribution u -> u.getHigh();
            case NormalDistribution n -> n.getHigh() != null ? n.getHigh() : n.getMean() + 6 * n.getSd();
            case LogNormalDistribution l -> Math.exp(l.getMu() + 6 * l.getSigma());
            case null, default -> dt;
        };
        return (int) Math.max(1, Math.min(1 << 16, Math.round(hi / dt)));
    }

    /** State bytes per neuron of the built-in engine's kernels. */
    private static int stateBytes(NeuronModel model) {
        return switch (model) {
            case LifCurrent m -> 8;
            case LifConductance m -> 24;
            case AdEx m -> 28;
            case Izhikevich m -> 24;
            case RateUnit m -> 28;
            case PoissonSource m -> 40;
            case null, default -> 4;
        };
    }
}
