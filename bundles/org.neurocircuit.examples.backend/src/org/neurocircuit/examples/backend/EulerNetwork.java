package org.neurocircuit.examples.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/**
 * The compiled network and one time step of it. Step {@code s} integrates from {@code s dt} to
 * {@code (s+1) dt}: synaptic input due now is added, Poisson stimulus events arrive, membranes
 * advance by one forward-Euler step, currents decay, and spikes are sent into ring buffers to
 * arrive {@code delay} steps later. Only what {@link EulerBackendProvider#supports} accepts gets
 * here.
 */
final class EulerNetwork {

    /** Synapses of one projection in CSR layout; sign and weight are the projection's. */
    record Synapses(int sourceOffset, int[] rowStart, int[] targets, float weight, int delaySteps, int channel) {
    }

    /** One exponential current receptor time constant: its current and its pending input per step. */
    static final class Channel {
        final double tau;
        final float decay;
        final float[] current;
        final float[][] ring;

        Channel(double tau, double dt, int neurons, int slots) {
            this.tau = tau;
            this.decay = (float) Math.exp(-dt / tau);
            this.current = new float[neurons];
            this.ring = new float[slots][neurons];
        }
    }

    final NetworkDescription net;
    final double dt;
    final int steps;
    final int neurons;
    final int[] offset;
    final float[] v;
    final int[] refractory;
    final boolean[] spiked;
    final List<Channel> channels = new ArrayList<>();
    final List<Synapses> synapses = new ArrayList<>();
    private final double[] sourceProbability;
    private final SplittableRandom rng;
    private final int slots;

    EulerNetwork(NetworkDescription net, SimulationSettings s, int maxDelaySteps) {
        this.net = net;
        this.dt = s.dt();
        this.steps = s.steps();
        this.neurons = net.neuronCount();
        this.offset = new int[net.populations().size() + 1];
        for (int p = 0; p < net.populations().size(); p++) {
            offset[p + 1] = offset[p] + net.populations().get(p).size();
        }
        this.v = new float[neurons];
        this.refractory = new int[neurons];
        this.spiked = new boolean[neurons];
        this.sourceProbability = new double[neurons];
        this.slots = maxDelaySteps + 2;
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom init = root.split();
        this.rng = root.split();
        for (int p = 0; p < net.populations().size(); p++) {
            initialise(p, init);
        }
        for (Projection pr : net.projections()) {
            synapses.add(connect(pr, root.split()));
        }
        for (Stimulus st : net.stimuli()) {
            if (st.receptor() != null) {
                channel(st.receptor()); // all channels exist before the first step
            }
        }
    }

    private void initialise(int p, SplittableRandom r) {
        Population pop = net.populations().get(p);
        for (int i = offset[p]; i < offset[p + 1]; i++) {
            if (pop.model() instanceof PoissonSourceModel src) {
                sourceProbability[i] = src.rate() * dt * 1e-3;
            } else if (pop.model() instanceof LifCurrentModel lif) {
                Distribution d = pop.initial().valueOf(StateVariable.V).orElse(new Distribution.Constant(lif.eL()));
                v[i] = (float) (d instanceof Distribution.Uniform u ? u.low() + r.nextDouble() * (u.high() - u.low())
                        : d.mean());
            }
        }
    }

    /** The channel of a receptor's time constant, created on first use. */
    int channel(Receptor r) {
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).tau == r.tauSyn()) {
                return c;
            }
        }
        channels.add(new Channel(r.tauSyn(), dt, neurons, slots));
        return channels.size() - 1;
    }

    private Synapses connect(Projection pr, SplittableRandom r) {
        int ns = net.populations().get(pr.source()).size();
        int nt = net.populations().get(pr.target()).size();
        int[] rowStart = new int[ns + 1];
        IntBuffer targets = new IntBuffer();
        double p = pr.rule() instanceof ConnectionRule.FixedProbability f ? f.p() : 1;
        boolean self = pr.source() == pr.target();
        for (int i = 0; i < ns; i++) {
            if (pr.rule() instanceof ConnectionRule.OneToOne) {
                targets.add(offset[pr.target()] + i);
            } else {
                for (int j = 0; j < nt; j++) {
                    if ((pr.autapses() || !self || i != j) && (p >= 1 || r.nextDouble() < p)) {
                        targets.add(offset[pr.target()] + j);
                    }
                }
            }
            rowStart[i + 1] = targets.size();
        }
        float w = (float) (pr.weight().mean() * (pr.receptor().sign() == Receptor.Sign.INHIBITORY ? -1 : 1));
        return new Synapses(offset[pr.source()], rowStart, targets.toArray(), w, delaySteps(pr.delay().mean()),
                channel(pr.receptor()));
    }

    int delaySteps(double delayMs) {
        return Math.max(1, (int) Math.round(delayMs / dt));
    }

    /** Advances step {@code s}; afterwards {@link #spiked} marks the neurons that fired in it. */
    void step(int s) {
        double t = s * dt;
        int slot = s % slots;
        for (Channel c : channels) {
            float[] in = c.ring[slot];
            for (int i = 0; i < neurons; i++) {
                c.current[i] += in[i];
                in[i] = 0;
            }
        }
        for (Stimulus st : net.stimuli()) {
            if (st instanceof Stimulus.Poisson ps && t >= ps.start() && t < ps.stop()) {
                float w = (float) (ps.weight() * (ps.receptor().sign() == Receptor.Sign.INHIBITORY ? -1 : 1));
                float[] current = channels.get(channel(ps.receptor())).current;
                double lambda = ps.rate() * dt * 1e-3;
                for (int p : ps.targets()) {
                    for (int i = offset[p]; i < offset[p + 1]; i++) {
                        current[i] += w * poisson(lambda);
                    }
                }
            }
        }
        for (int p = 0; p < net.populations().size(); p++) {
            updatePopulation(p, t);
        }
        for (Channel c : channels) {
            for (int i = 0; i < neurons; i++) {
                c.current[i] *= c.decay;
            }
        }
        for (Synapses syn : synapses) {
            float[] target = channels.get(syn.channel()).ring[(s + 1 + syn.delaySteps()) % slots];
            for (int i = 0; i + 1 < syn.rowStart().length; i++) {
                if (spiked[syn.sourceOffset() + i]) {
                    for (int k = syn.rowStart()[i]; k < syn.rowStart()[i + 1]; k++) {
                        target[syn.targets()[k]] += syn.weight();
                    }
                }
            }
        }
    }

    private void updatePopulation(int p, double t) {
        Population pop = net.populations().get(p);
        if (!(pop.model() instanceof LifCurrentModel lif)) {
            for (int i = offset[p]; i < offset[p + 1]; i++) {
                spiked[i] = rng.nextDouble() < sourceProbability[i];
            }
            return;
        }
        double dc = lif.iE();
        for (Stimulus st : net.stimuli()) {
            if (st instanceof Stimulus.Dc d && d.targets().contains(p) && t >= d.start() && t < d.stop()) {
                dc += d.amplitude();
            }
        }
        double r = lif.tauM() / lif.cm(); // GΩ: pA times GΩ is mV
        double k = dt / lif.tauM();
        int refSteps = (int) Math.round(lif.tRef() / dt);
        for (int i = offset[p]; i < offset[p + 1]; i++) {
            spiked[i] = false;
            if (refractory[i] > 0) {
                refractory[i]--;
                continue;
            }
            double input = dc;
            for (Channel c : channels) {
                input += c.current[i];
            }
            v[i] += (float) (k * (lif.eL() - v[i] + r * input));
            if (v[i] >= lif.vTh()) {
                spiked[i] = true;
                v[i] = (float) lif.vReset();
                refractory[i] = refSteps;
            }
        }
    }

    /** A Poisson count (Knuth's method for small means, a rounded normal above 30). */
    private int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
        }
        double limit = Math.exp(-lambda);
        double prod = rng.nextDouble();
        int n = 0;
        while (prod > limit) {
            prod *= rng.nextDouble();
            n++;
        }
        return n;
    }

    private double gaussian() {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    long synapseCount() {
        long n = 0;
        for (Synapses s : synapses) {
            n += s.targets().length;
        }
        return n;
    }

    /** A growable int array, so building needs no boxed lists. */
    private static final class IntBuffer {
        private int[] data = new int[64];
        private int size;

        void add(int x) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
