package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Conductance-based LIF. Scheme: explicit midpoint (RK2) for V with the conductances taken
 * exactly at the start and the midpoint of the step (they decay exactly, see
 * {@link ReceptorChannel}); {@code C dV/dt = a - b V} with {@code a = g_L E_L + sum g E + I},
 * {@code b = g_L + sum g}. Local error O(h^3); stable while {@code h b / C < 2}. While
 * refractory, V is held at V_reset (the conductances keep evolving). Delta receptors add their
 * jumps to V at the end of the step, before the threshold test; refractory neurons discard them.
 */
final class LifConductanceKernel extends Kernel {

    private final LifConductanceModel m;
    final float[] v;
    private RefractoryQueue[] refractory;
    private final Drive drive;
    private final int nRef;
    private final float dt;
    private final boolean twoExponentialConductances;

    LifConductanceKernel(String name, int index, int offset, int size, ReceptorChannel[] channels,
            LifConductanceModel m, double dt) {
        super(name, index, offset, size, channels);
        this.m = m;
        this.v = new float[size];
        this.drive = new Drive(size);
        this.nRef = refractory(m.tRef(), dt);
        this.dt = (float) dt;
        this.twoExponentialConductances = channels.length == 2 && channels[0].conductance && channels[1].conductance
                && !channels[0].alpha && !channels[1].alpha;
        java.util.Arrays.fill(v, (float) m.eL());
    }

    void initialise(InitialState init, long seed) {
        init.valueOf(StateVariable.V).ifPresent(d -> fill(v, d, 0, seed, 0));
        initialiseChannels(init, seed);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        if (twoExponentialConductances) {
            updateTwoConductances(from, to, step);
        } else {
            updateGeneric(from, to, step);
        }
        final float[] v = this.v;
        // jumps of delta receptors before the clamp, which discards those of refractory neurons
        addJumps(v, from, to, step);
        final float vReset = (float) m.vReset(), vTh = (float) m.vTh();
        final RefractoryQueue q = refractory[thread];
        q.clamp(v, vReset, step);
        for (int i = from; i < to; i++) {
            if (v[i] >= vTh) {
                v[i] = vReset;
                if (nRef > 0) {
                    q.add(i, step + nRef);
                }
                spikes.add(offset + i);
            }
        }
    }

    /**
     * The common case (two exponential conductances, e.g. COBA) without scratch arrays: the
     * midpoint and the end value in two short loops, which the JIT vectorises (one loop with
     * all the constants it needs does not get vectorised).
     */
    private void updateTwoConductances(int from, int to, int step) {
        final float[] v = this.v, vm = drive.a0, ext = iExt;
        final ReceptorChannel c0 = channels[0], c1 = channels[1];
        final float[] g0 = c0.y, g1 = c1.y;
        final float aL = (float) (m.gL() * m.eL() + m.iE()), gL = (float) m.gL();
        final float e0 = c0.eRev, e1 = c1.eRev, h0 = c0.halfDecay, h1 = c1.halfDecay;
        final float k1 = (float) (0.5 * dt / m.cm()), k2 = (float) (dt / m.cm());
        if (ext == null) {
            for (int i = from; i < to; i++) {
                float vi = v[i];
                vm[i] = vi + k1 * (aL - gL * vi + g0[i] * (e0 - vi) + g1[i] * (e1 - vi));
            }
            for (int i = from; i < to; i++) {
                float x = vm[i];
                v[i] += k2 * (aL - gL * x + g0[i] * h0 * (e0 - x) + g1[i] * h1 * (e1 - x));
            }
        } else {
            for (int i = from; i < to; i++) {
                float vi = v[i];
                vm[i] = vi + k1 * (aL + ext[i] - gL * vi + g0[i] * (e0 - vi) + g1[i] * (e1 - vi));
            }
            for (int i = from; i < to; i++) {
                float x = vm[i];
                v[i] += k2 * (aL + ext[i] - gL * x + g0[i] * h0 * (e0 - x) + g1[i] * h1 * (e1 - x));
            }
        }
        ReceptorChannel.decayExponential(g0, c0.slot(step), c0.decay, c0.inputScale, from, to);
        ReceptorChannel.decayExponential(g1, c1.slot(step), c1.decay, c1.inputScale, from, to);
    }

    private void updateGeneric(int from, int to, int step) {
        drive.gather(from, to, (float) (m.gL() * m.eL() + m.iE()), (float) m.gL(), iExt, channels, step);
        final float[] v = this.v;
        final float[] a0 = drive.a0, b0 = drive.b0, am = drive.am, bm = drive.bm;
        final float invC = (float) (1 / m.cm()), h = dt, hh = 0.5f * dt;
        for (int i = from; i < to; i++) {
            float vi = v[i];
            float k1 = (a0[i] - b0[i] * vi) * invC;
            float vm = vi + hh * k1;
            float k2 = (am[i] - bm[i] * vm) * invC;
            v[i] = vi + h * k2;
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return switch (variable) {
            case V -> v[i];
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
        return 4L * size + drive.bytes();
    }
}
