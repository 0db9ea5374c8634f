package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Receptor;

/**
 * The state of one receptor kind on every neuron of a population, with its delay ring buffer.
 *
 * <p>Weights arrive as magnitudes in the ring buffer (slot {@code step mod slots}, one float
 * array per slot so that the per-step loops see plain, unaliased arrays); at the end of each step's update the row is folded into the state with the
 * receptor's sign and kinetics normalisation, then cleared. Both kinetics decay exactly:
 * exponential {@code y <- y e^(-h/tau) + input}; alpha (two states) {@code y <- e (y + h x)},
 * {@code x <- e x + input e/tau} with {@code e = exp(-h/tau)}, so an event of weight w peaks at
 * w after tau. A delta receptor has no state: its ring row, signed, is added straight to the
 * membrane potential by {@link #jump}.
 */
final class ReceptorChannel {

    final Receptor receptor;
    final int n;
    final boolean alpha;
    final boolean delta;
    final boolean conductance;
    final boolean excitatory;
    /** Current (pA, signed) or conductance (nS) per neuron ({@code null} for delta). */
    final float[] y;
    /** Alpha kinetics' auxiliary state per neuron ({@code null} for exponential). */
    final float[] x;
    final float decay;
    final float halfDecay;
    final float h;
    final float eRev;
    /** Multiplies ring input: the sign for currents, e/tau for alpha kinetics. */
    final float inputScale;
    float[][] ring;
    int slots;

    ReceptorChannel(Receptor r, int n, double dt) {
        this.receptor = r;
        this.n = n;
        this.alpha = r.kinetics() == Receptor.Kinetics.ALPHA;
        this.delta = r.kinetics() == Receptor.Kinetics.DELTA;
        this.conductance = r.coupling() == Receptor.Coupling.CONDUCTANCE;
        this.excitatory = r.sign() == Receptor.Sign.EXCITATORY;
        this.y = delta ? null : new float[n];
        this.x = alpha ? new float[n] : null;
        this.decay = delta ? 0f : (float) Math.exp(-dt / r.tauSyn());
        this.halfDecay = delta ? 0f : (float) Math.exp(-0.5 * dt / r.tauSyn());
        this.h = (float) dt;
        this.eRev = conductance ? (float) r.eRev() : 0f;
        double sign = !conductance && !excitatory ? -1 : 1;
        this.inputScale = (float) (sign * (alpha ? Math.E / r.tauSyn() : 1));
    }

    /** Allocates the ring buffer for delays up to {@code maxDelay} steps. */
    void allocateRing(int maxDelay) {
        slots = maxDelay + 1;
        ring = new float[slots][n];
    }

    /** The ring slot that receives input at the end of {@code step}. */
    float[] slot(int step) {
        return ring[step % slots];
    }

    /** Folds the ring slot {@code r} into the state (exact decay first) and clears it. */
    void advance(int from, int to, float[] r) {
        final float[] y = this.y;
        final float d = decay, s = inputScale;
        if (x == null) {
            decayExponential(y, r, d, s, from, to);
        } else {
            final float[] x = this.x;
            final float hh = h;
            for (int i = from; i < to; i++) {
                y[i] = d * (y[i] + hh * x[i]);
                x[i] = x[i] * d + r[i] * s;
            }
            java.util.Arrays.fill(r, from, to, 0f);
        }
    }

    /**
     * {@link #advance} for exponential kinetics: {@code y <- y d + r s}, then clears {@code r}.
     * The clearing is a separate {@code Arrays.fill}: a loop that stores into two arrays is
     * often not vectorised once inlined into a kernel's update (measured on COBA: 0.16 to
     * 0.13 s CPU per simulated second), a loop with one store is.
     */
    static void decayExponential(float[] y, float[] r, float d, float s, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = y[i] * d + r[i] * s;
        }
        java.util.Arrays.fill(r, from, to, 0f);
    }

    /**
     * Delta receptors: adds the ring row {@code r} with the receptor's sign to {@code v} (mV)
     * and clears it.
     */
    void jump(float[] v, int from, int to, float[] r) {
        final float s = inputScale;
        for (int i = from; i < to; i++) {
            v[i] += r[i] * s;
        }
        java.util.Arrays.fill(r, from, to, 0f);
    }

    /**
     * Adds this receptor's drive at the start of the step and at its midpoint to
     * {@code a - b V} form: currents add to {@code a}; conductances add {@code g E} to
     * {@code a} and {@code g} to {@code b}.
     */
    void accumulate(int from, int to, float[] a0, float[] b0, float[] am, float[] bm) {
        final float[] y = this.y;
        final float hd = halfDecay, e = eRev;
        if (x != null) {
            final float[] x = this.x;
            final float hh = 0.5f * h;
            for (int i = from; i < to; i++) {
                float g0 = y[i];
                float gm = hd * (g0 + hh * x[i]);
                a0[i] += conductance ? g0 * e : g0;
                am[i] += conductance ? gm * e : gm;
                if (conductance) {
                    b0[i] += g0;
                    bm[i] += gm;
                }
            }
        } else if (conductance) {
            for (int i = from; i < to; i++) {
                float g0 = y[i];
                float gm = g0 * hd;
                a0[i] += g0 * e;
                b0[i] += g0;
                am[i] += gm * e;
                bm[i] += gm;
            }
        } else {
            for (int i = from; i < to; i++) {
                float g0 = y[i];
                a0[i] += g0;
                am[i] += g0 * hd;
            }
        }
    }

    /** Adds the exact-integration contribution of this current to V: {@code P21 y (+ P31 x)}. */
    void addExact(int from, int to, float[] v, float p21, float p31) {
        final float[] y = this.y;
        if (x == null) {
            for (int i = from; i < to; i++) {
                v[i] += p21 * y[i];
            }
        } else {
            final float[] x = this.x;
            for (int i = from; i < to; i++) {
                v[i] += p21 * y[i] + p31 * x[i];
            }
        }
    }

    long bytes() {
        return 4L * n * (delta ? 0 : alpha ? 2 : 1) + (ring == null ? 0 : 4L * slots * n);
    }
}
