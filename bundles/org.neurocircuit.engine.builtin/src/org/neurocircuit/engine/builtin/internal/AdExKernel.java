package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Adaptive exponential integrate-and-fire. Scheme: explicit midpoint (RK2) for (V, w), with the
 * synaptic drive at the start and midpoint of the step (receptors decay exactly). The midpoint
 * V is clipped at V_peak (beyond it the neuron spikes anyway), so that an overshoot in the
 * steep upswing can neither overflow the exponential nor leak into w; a spike is detected when
 * V reaches V_peak at the end of a step. While refractory,
 * V is held at V_reset and w keeps integrating with V = V_reset. Delta receptors add their jumps
 * to V at the end of the step, before the spike test (w sees them from the next step on);
 * refractory neurons discard them.
 */
final class AdExKernel extends Kernel {

    private final AdExModel m;
    final float[] v;
    final float[] w;
    final float[] refr;
    private final Drive drive;
    private final float nRef;
    private final double dt;

    AdExKernel(String name, int index, int offset, int size, ReceptorChannel[] channels,
            AdExModel m, double dt) {
        super(name, index, offset, size, channels);
        this.m = m;
        this.v = new float[size];
        this.w = new float[size];
        this.refr = new float[size];
        this.drive = new Drive(size);
        this.nRef = refractory(m.tRef(), dt);
        this.dt = dt;
        java.util.Arrays.fill(v, (float) m.eL());
    }

    void initialise(InitialState init, long seed) {
        init.valueOf(StateVariable.V).ifPresent(d -> fill(v, d, 0, seed, 0));
        init.valueOf(StateVariable.ADAPTATION).ifPresent(d -> fill(w, d, 0, seed, 1));
        initialiseChannels(init, seed);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        drive.gather(from, to, (float) (m.gL() * m.eL() + m.iE()), (float) m.gL(), iExt, channels, step);
        final double gL = m.gL(), eL = m.eL(), dT = m.deltaT(), vT = m.vT(), vPeak = m.vPeak();
        final double invC = 1 / m.cm(), invTw = 1 / m.tauW(), a = m.a(), h = dt, hh = 0.5 * dt;
        final float vReset = (float) m.vReset();
        final float[] jv = jumps(from, to, step);
        for (int i = from; i < to; i++) {
            double vi = v[i], wi = w[i];
            double free = 1 - Math.min(refr[i], 1f);
            double k1v = free * (drive.a0[i] - drive.b0[i] * vi + gL * dT
                    * StrictMath.exp((Math.min(vi, vPeak) - vT) / dT) - wi) * invC;
            double k1w = (a * (vi - eL) - wi) * invTw;
            // the midpoint is clipped at V_peak: beyond it the neuron spikes anyway, and an
            // overshoot must not leak into w
            double vm = Math.min(vi + hh * k1v, vPeak), wm = wi + hh * k1w;
            double k2v = free * (drive.am[i] - drive.bm[i] * vm + gL * dT
                    * StrictMath.exp((vm - vT) / dT) - wm) * invC;
            double k2w = (a * (vm - eL) - wm) * invTw;
            // delta jumps at the end of the step, before the spike test; none while refractory
            double jump = jv == null ? 0 : free * jv[i];
            v[i] = (float) (vi + h * k2v + jump);
            w[i] = (float) (wi + h * k2w);
            refr[i] = Math.max(refr[i] - 1f, 0f);
            if (v[i] >= vPeak) {
                v[i] = vReset;
                w[i] += (float) m.b();
                refr[i] = nRef;
                spikes.add(offset + i);
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return switch (variable) {
            case V -> v[i];
            case ADAPTATION -> w[i];
            case SYN_EXC -> synapticSum(true, i);
            case SYN_INH -> synapticSum(false, i);
            default -> Float.NaN;
        };
    }

    @Override
    int refractorySteps() {
        return (int) nRef;
    }

    @Override
    long stateBytes() {
        return 12L * size + drive.bytes();
    }
}
