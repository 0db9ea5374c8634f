package org.neurocircuit.engine.builtin.internal;

import java.util.Optional;

import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.StateVariable;

/**
 * The state and update of one population, specialised per neuron model. State is held as
 * structure-of-arrays floats indexed by the neuron's index within the population; one virtual
 * call per population and step, tight loops inside.
 */
abstract class Kernel {

    final String name;
    final int index;
    final int offset;
    final int size;
    /** The receptors with a time course (exponential, alpha), whose state the kernel integrates. */
    final ReceptorChannel[] channels;
    /** The delta receptors, which jump V; empty for most populations, which then pay nothing for them. */
    ReceptorChannel[] deltas = NO_CHANNELS;
    /** The summed jumps of this step per neuron, mV; only with delta receptors. */
    private float[] jumpSum;
    /** External current per neuron for this step, pA, or {@code null} without current stimuli. */
    float[] iExt;

    static final ReceptorChannel[] NO_CHANNELS = new ReceptorChannel[0];

    Kernel(String name, int index, int offset, int size, ReceptorChannel[] channels) {
        this.name = name;
        this.index = index;
        this.offset = offset;
        this.size = size;
        this.channels = channels;
    }

    /**
     * Advances neurons {@code [from, to)} (thread {@code thread}'s range) over step
     * {@code step} and appends the global index of each neuron that spiked, ascending.
     */
    abstract void update(int thread, int from, int to, int step, IntList spikes);

    /** Called once by the compiler with the number of threads, before any update. */
    void partition(int threads) {
    }

    /** Called once by the compiler with the population's delta receptors, before any update. */
    void attachDeltas(ReceptorChannel[] d) {
        deltas = d;
        jumpSum = d.length == 0 ? null : new float[size];
    }

    /**
     * Adds this step's delta-receptor jumps (mV) to {@code v} over {@code [from, to)} and clears
     * their ring rows; nothing without delta receptors. Models that hold refractory neurons at
     * reset call it before the clamp, which discards the jumps of refractory neurons.
     */
    final void addJumps(float[] v, int from, int to, int step) {
        for (ReceptorChannel d : deltas) {
            d.jump(v, from, to, d.slot(step));
        }
    }

    /** This step's summed delta-receptor jumps per neuron (mV), rings cleared; {@code null} without delta receptors. */
    final float[] jumps(int from, int to, int step) {
        if (jumpSum == null) {
            return null;
        }
        java.util.Arrays.fill(jumpSum, from, to, 0f);
        addJumps(jumpSum, from, to, step);
        return jumpSum;
    }

    /** Bytes held by all receptors (state and ring buffers) and the jump scratch array. */
    long receptorBytes() {
        long b = jumpSum == null ? 0 : 4L * size;
        for (ReceptorChannel c : channels) {
            b += c.bytes();
        }
        for (ReceptorChannel c : deltas) {
            b += c.bytes();
        }
        return b;
    }

    /** One refractory queue per thread, for models with refractoriness. */
    static RefractoryQueue[] queues(int threads) {
        RefractoryQueue[] q = new RefractoryQueue[threads];
        for (int t = 0; t < threads; t++) {
            q[t] = new RefractoryQueue();
        }
        return q;
    }

    /** The current value of a state variable of neuron {@code i}, in the variable's unit. */
    abstract float sample(StateVariable variable, int i);

    /** The smallest number of steps between two spikes of one neuron, minus one. */
    int refractorySteps() {
        return 0;
    }

    /** Bytes held by the per-neuron state, excluding receptor channels. */
    abstract long stateBytes();

    /** Sets the receptor states from the initial state (excitatory or inhibitory sums). */
    void initialiseChannels(InitialState init, long seed) {
        for (StateVariable v : new StateVariable[] {StateVariable.SYN_EXC, StateVariable.SYN_INH}) {
            Optional<Distribution> d = init.valueOf(v);
            if (d.isEmpty()) {
                continue;
            }
            for (int c = 0; c < channels.length; c++) {
                if (channels[c].excitatory == (v == StateVariable.SYN_EXC)) {
                    fill(channels[c].y, d.get(), 0, seed, v.ordinal() * 64L + c);
                }
            }
        }
    }

    /** Fills {@code a} with draws (minus {@code shift}) from a per-(population, variable) stream. */
    void fill(float[] a, Distribution d, double shift, long seed, long variableKey) {
        Rng rng = Rng.stream(seed, Rng.INIT, index, variableKey);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (Sampler.draw(d, rng) - shift);
        }
    }

    /** Sum of the receptor states of one sign for neuron {@code i}. */
    float synapticSum(boolean excitatory, int i) {
        float s = 0;
        for (ReceptorChannel c : channels) {
            if (c.excitatory == excitatory) {
                s += c.y[i];
            }
        }
        return s;
    }

    static int refractory(double tRef, double dt) {
        return (int) Math.round(tRef / dt);
    }
}
