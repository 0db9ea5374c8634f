package org.neurocircuit.engine.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.spi.RunMonitor;

/** Compiles a validated network description into a {@link CompiledNetwork}. */
final class NetworkCompiler {

    /** Thread ranges start at multiples of this, to keep vector loops and cache lines whole. */
    private static final int ALIGN = 16;

    private final NetworkDescription net;
    private final SimulationSettings settings;
    private final double dt;
    private final long seed;
    private final int threads;

    NetworkCompiler(NetworkDescription net, SimulationSettings settings) {
        this.net = net;
        this.settings = settings;
        this.dt = settings.dt();
        this.seed = settings.seed();
        this.threads = settings.threads();
    }

    CompiledNetwork compile(RunMonitor monitor) {
        long t0 = System.nanoTime();
        List<Population> pops = net.populations();
        int pc = pops.size();
        monitor.begin("Building network '" + net.name() + "'", pc + net.projections().size());
        Kernel[] kernels = new Kernel[pc];
        int offset = 0;
        for (int p = 0; p < pc; p++) {
            kernels[p] = kernel(pops.get(p), p, offset, receptorsOf(p, false));
            kernels[p].attachDeltas(receptorsOf(p, true));
            kernels[p].partition(threads);
            offset += pops.get(p).size();
            monitor.worked(1);
        }
        int[] bounds = bounds(offset);
        int[][] from = new int[threads][pc], to = new int[threads][pc];
        for (int t = 0; t < threads; t++) {
            for (int p = 0; p < pc; p++) {
                Kernel k = kernels[p];
                from[t][p] = Math.min(k.size, Math.max(0, bounds[t] - k.offset));
                to[t][p] = Math.min(k.size, Math.max(0, bounds[t + 1] - k.offset));
            }
        }
        // ring size per receptor channel, keyed by the channel (kinetic and delta ones alike)
        java.util.Map<ReceptorChannel, Integer> maxDelay = new java.util.IdentityHashMap<>();
        ProjectionRuntime[] projections = new ProjectionRuntime[net.projections().size()];
        double[][] positions = new double[pc][];
        for (int i = 0; i < projections.length; i++) {
            if (monitor.isCancelled()) {
                throw new CancellationException("building cancelled");
            }
            Projection pr = net.projections().get(i);
            Kernel src = kernels[pr.source()], tgt = kernels[pr.target()];
            for (int p : new int[] {pr.source(), pr.target()}) {
                if (positions[p] == null) {
                    positions[p] = Positions.of(pops.get(p), p, seed);
                }
            }
            // validation made both layouts share one torus when either wraps
            SynapseTable table = new ConnectionGenerator(pr, i, src.size, tgt.size, seed, dt,
                    ProjectionShape.expected(pr, src.size, tgt.size))
                    .generate(positions[pr.source()], positions[pr.target()],
                            pops.get(pr.target()).layout().period(tgt.size).sides());
            ReceptorChannel channel = channelFor(tgt, pr.receptor());
            maxDelay.merge(channel, table.maxDelay, Math::max);
            projections[i] = runtime(pr, table, src, tgt, channel, from, to);
            monitor.worked(1);
        }
        for (Kernel k : kernels) {
            for (ReceptorChannel[] group : List.of(k.channels, k.deltas)) {
                for (ReceptorChannel c : group) {
                    c.allocateRing(Math.max(1, maxDelay.getOrDefault(c, 1)));
                }
            }
        }
        List<List<CurrentStimulus>> cur = new ArrayList<>();
        List<List<EventStimulus>> ev = new ArrayList<>();
        for (int p = 0; p < pc; p++) {
            cur.add(new ArrayList<>());
            ev.add(new ArrayList<>());
        }
        for (int s = 0; s < net.stimuli().size(); s++) {
            Stimulus st = net.stimuli().get(s);
            for (int p : st.targets()) {
                Kernel k = kernels[p];
                if (st.receptor() != null) {
                    ev.get(p).add(new EventStimulus(st, s, k, channelFor(k, st.receptor()), dt, seed));
                } else {
                    cur.get(p).add(new CurrentStimulus(st, s, k, dt, seed));
                    if (k.iExt == null) {
                        k.iExt = new float[k.size];
                    }
                }
            }
        }
        CurrentStimulus[][] curA = new CurrentStimulus[pc][];
        EventStimulus[][] evA = new EventStimulus[pc][];
        for (int p = 0; p < pc; p++) {
            curA[p] = cur.get(p).toArray(CurrentStimulus[]::new);
            evA[p] = ev.get(p).toArray(EventStimulus[]::new);
        }
        return new CompiledNetwork(net.name(), dt, settings.steps(), threads, kernels, projections,
                curA, evA, from, to, System.nanoTime() - t0);
    }

    /** Global neuron index where each thread's range starts; {@code threads + 1} entries. */
    private int[] bounds(int neurons) {
        int[] b = new int[threads + 1];
        int chunk = (neurons + threads - 1) / threads;
        chunk = (chunk + ALIGN - 1) / ALIGN * ALIGN;
        for (int t = 0; t <= threads; t++) {
            b[t] = (int) Math.min(neurons, (long) t * chunk);
        }
        b[threads] = neurons;
        return b;
    }

    private ProjectionRuntime runtime(Projection pr, SynapseTable table, Kernel src, Kernel tgt,
            ReceptorChannel channel, int[][] from, int[][] to) {
        boolean stdp = pr.plasticity() instanceof Plasticity.Stdp;
        SynapseBlock[] blocks = new SynapseBlock[threads];
        for (int t = 0; t < threads; t++) {
            blocks[t] = SynapseBlock.of(table, from[t][tgt.index], to[t][tgt.index], stdp, stdp);
            if (stdp) {
                blocks[t].buildColumns();
            }
        }
        StpState stp = pr.plasticity() instanceof Plasticity.TsodyksMarkram tm
                ? new StpState(tm, src.size, dt) : null;
        StdpRuntime stdpRt = null;
        if (pr.plasticity() instanceof Plasticity.Stdp s) {
            TreeSet<Integer> delays = new TreeSet<>();
            if (table.delays == null) {
                delays.add(table.constDelay);
            } else {
                for (int d : table.delays) {
                    delays.add(d);
                }
            }
            int[] present = delays.stream().mapToInt(Integer::intValue).toArray();
            stdpRt = new StdpRuntime(s, src.size, tgt.size, table.maxDelay, src.refractorySteps(),
                    present, dt);
        }
        return new ProjectionRuntime(pr.name(), src, tgt, channel, blocks, stp, stdpRt);
    }

    /**
     * The distinct receptors onto population p, in order of first use: the delta receptors, or
     * those with a time course.
     */
    private ReceptorChannel[] receptorsOf(int p, boolean delta) {
        List<Receptor> rs = new ArrayList<>();
        for (Projection pr : net.projections()) {
            if (pr.target() == p && !rs.contains(pr.receptor())) {
                rs.add(pr.receptor());
            }
        }
        for (Stimulus s : net.stimuli()) {
            if (s.receptor() != null && s.targets().contains(p) && !rs.contains(s.receptor())) {
                rs.add(s.receptor());
            }
        }
        int n = net.populations().get(p).size();
        return rs.stream().filter(r -> (r.kinetics() == Receptor.Kinetics.DELTA) == delta)
                .map(r -> new ReceptorChannel(r, n, dt)).toArray(ReceptorChannel[]::new);
    }

    private static ReceptorChannel channelFor(Kernel k, Receptor r) {
        for (ReceptorChannel[] group : List.of(k.channels, k.deltas)) {
            for (ReceptorChannel c : group) {
                if (c.receptor.equals(r)) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("no channel for " + r.describe() + " on " + k.name);
    }

    private Kernel kernel(Population pop, int p, int offset, ReceptorChannel[] ch) {
        String n = pop.name();
        int size = pop.size();
        return switch (pop.model()) {
            case LifCurrentModel m -> {
                LifCurrentKernel k = new LifCurrentKernel(n, p, offset, size, ch, m, dt);
                k.initialise(pop.initial(), seed);
                yield k;
            }
            case LifConductanceModel m -> {
                LifConductanceKernel k = new LifConductanceKernel(n, p, offset, size, ch, m, dt);
                k.initialise(pop.initial(), seed);
                yield k;
            }
            case AdExModel m -> {
                AdExKernel k = new AdExKernel(n, p, offset, size, ch, m, dt);
                k.initialise(pop.initial(), seed);
                yield k;
            }
            case IzhikevichModel m -> {
                IzhikevichKernel k = new IzhikevichKernel(n, p, offset, size, ch, m, dt);
                k.initialise(pop.initial(), seed);
                yield k;
            }
            case RateUnitModel m -> {
                RateUnitKernel k = new RateUnitKernel(n, p, offset, size, ch, m, dt, seed);
                k.initialise(pop.initial(), seed);
                yield k;
            }
            case PoissonSourceModel m -> new PoissonSourceKernel(n, p, offset, size, m, dt, seed);
            case SpikeTimesSourceModel m -> new SpikeTimesKernel(n, p, offset, size, m, dt);
        };
    }
}
