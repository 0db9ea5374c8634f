package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Current-based LIF with exact integration (Rotter &amp; Diesmann 1999; NEST
 * {@code iaf_psc_exp}/{@code iaf_psc_alpha}). With V measured from E_L, one step is
 * {@code V <- P22 V + P20 (I_e + I_stim) + sum_c (P21_c y_c + P31_c x_c)}, then each receptor
 * decays exactly and takes its input. The input current is taken as constant within a step.
 * Delta receptors then add their jumps to V, before the threshold test.
 * While refractory, V is held at V_reset (the receptors keep evolving, jumps are discarded).
 */
final class LifCurrentKernel extends Kernel {

    private final LifCurrentModel m;
    /** Membrane potential relative to E_L, mV. */
    final float[] v;
    private RefractoryQueue[] refractory;
    private final float p22;
    private final float p20;
    private final float vTh;
    private final float vReset;
    private final int nRef;
    private final float[] p21;
    private final float[] p31;
    private final boolean twoExponentialCurrents;

    LifCurrentKernel(String name, int index, int offset, int size, ReceptorChannel[] channels,
            LifCurrentModel m, double dt) {
        super(name, index, offset, size, channels);
        this.m = m;
        this.v = new float[size];
        double tm = m.tauM();
        this.p22 = (float) Math.exp(-dt / tm);
        this.p20 = (float) (-tm / m.cm() * Math.expm1(-dt / tm));
        this.vTh = (float) (m.vTh() - m.eL());
        this.vReset = (float) (m.vReset() - m.eL());
        this.nRef = refractory(m.tRef(), dt);
        this.p21 = new float[channels.length];
        this.p31 = new float[channels.length];
        this.twoExponentialCurrents = channels.length == 2 && !channels[0].alpha && !channels[1].alpha;
        for (int c = 0; c < channels.length; c++) {
            double ts = channels[c].receptor.tauSyn();
            p21[c] = (float) Propagators.p32(ts, tm, m.cm(), dt);
            p31[c] = (float) Propagators.p31(ts, tm, m.cm(), dt);
        }
    }

    void initialise(InitialState init, long seed) {
        init.valueOf(StateVariable.V).ifPresent(d -> fill(v, d, m.eL(), seed, 0));
        initialiseChannels(init, seed);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        final float[] v = this.v, ext = this.iExt;
        final float p22 = this.p22, p20 = this.p20, c0 = (float) (p20 * m.iE());
        if (twoExponentialCurrents && ext == null) {
            // the common case (e.g. CUBA) in one pass over V
            final ReceptorChannel e = channels[0], f = channels[1];
            final float[] ye = e.y, yf = f.y;
            final float pe = p21[0], pf = p21[1];
            for (int i = from; i < to; i++) {
                v[i] = p22 * v[i] + c0 + pe * ye[i] + pf * yf[i];
            }
            e.advance(from, to, e.slot(step));
            f.advance(from, to, f.slot(step));
        } else {
            if (ext == null) {
                for (int i = from; i < to; i++) {
                    v[i] = p22 * v[i] + c0;
                }
            } else {
                final float ie = (float) m.iE();
                for (int i = from; i < to; i++) {
                    v[i] = p22 * v[i] + p20 * (ie + ext[i]);
                }
            }
            for (int c = 0; c < channels.length; c++) {
                ReceptorChannel ch = channels[c];
                ch.addExact(from, to, v, p21[c], p31[c]);
                ch.advance(from, to, ch.slot(step));
            }
        }
        // delta receptors jump V at the end of the step; the clamp then discards the jumps of
        // refractory neurons (NEST iaf_psc_delta without refractory input)
        addJumps(v, from, to, step);
        final float vReset = this.vReset, vTh = this.vTh;
        final RefractoryQueue q = refractory[thread];
        q.clamp(v, vReset, step);
        fire(v, from, to, vTh, vReset, q, step, nRef, spikes);
    }

    /**
     * The threshold test over {@code [from, to)}: each neuron with {@code v >= vTh} is reset,
     * enters the refractory queue (when {@code nRef > 0}) and is appended to {@code spikes}, in
     * ascending order. Blocks of 64 are first screened with a max reduction, which the JIT
     * vectorises; only blocks holding a spike are scanned (CUBA: 0.11 to 0.09 s CPU per
     * simulated second). NaN never spikes, as in the plain comparison. Not used for conductance
     * LIF: at COBA's rates too many blocks hold a spike for the screening to pay (measured).
     */
    private void fire(float[] v, int from, int to, float vTh, float vReset, RefractoryQueue q, int step,
            int nRef, IntList spikes) {
        for (int b = from; b < to; b += 64) {
            final int e = Math.min(b + 64, to);
            float mx = Float.NEGATIVE_INFINITY;
            for (int i = b; i < e; i++) {
                mx = Math.max(mx, v[i]);
            }
            if (!(mx >= vTh)) {
                continue;
            }
            for (int i = b; i < e; i++) {
                if (v[i] >= vTh) {
                    v[i] = vReset;
                    if (nRef > 0) {
                        q.add(i, step + nRef);
                    }
                    spikes.add(offset + i);
                }
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return switch (variable) {
            case V -> (float) (v[i] + m.eL());
            case SYN_EXC -> synapticSum(true, i);
            case SYN_INH -> synapticSum(false, i);
            default -> Float.NaN;
        };
    }

    @Override
    void partition(int threads) {
        refractory = queues(threads);
    }

    @Override
    int refractorySteps() {
        return nRef;
    }

    @Override
    long stateBytes() {
        return 4L * size;
    }
}
