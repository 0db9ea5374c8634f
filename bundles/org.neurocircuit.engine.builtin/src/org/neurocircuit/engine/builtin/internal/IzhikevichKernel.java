package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Izhikevich neuron. Scheme: explicit midpoint (RK2) for (v, u) with the synaptic drive at the
 * start and midpoint of the step (receptors decay exactly); v is clipped at v_peak where the
 * right-hand side is evaluated, so that an overshooting midpoint stays finite and does not
 * leak into u; delta receptors add their jumps to v at the end of the step; a spike is detected when v reaches
 * v_peak at the end of a step, then {@code v = c, u += d}. (Izhikevich's own
 * code uses two forward-Euler half steps of 0.5 ms; the midpoint method at 0.1 ms is far more
 * accurate.)
 */
final class IzhikevichKernel extends Kernel {

    private final IzhikevichModel m;
    final float[] v;
    final float[] u;
    private final Drive drive;
    private final double dt;

    IzhikevichKernel(String name, int index, int offset, int size, ReceptorChannel[] channels,
            IzhikevichModel m, double dt) {
        super(name, index, offset, size, channels);
        this.m = m;
        this.v = new float[size];
        this.u = new float[size];
        this.drive = new Drive(size);
        this.dt = dt;
        java.util.Arrays.fill(v, (float) m.c());
        java.util.Arrays.fill(u, (float) (m.b() * m.c()));
    }

    void initialise(InitialState init, long seed) {
        init.valueOf(StateVariable.V).ifPresent(d -> fill(v, d, 0, seed, 0));
        if (init.valueOf(StateVariable.ADAPTATION).isPresent()) {
            fill(u, init.valueOf(StateVariable.ADAPTATION).get(), 0, seed, 1);
        } else {
            for (int i = 0; i < size; i++) {
                u[i] = (float) (m.b() * v[i]);
            }
        }
        initialiseChannels(init, seed);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        drive.gather(from, to, (float) m.iE(), 0f, iExt, channels, step);
        final double a = m.a(), b = m.b(), invC = 1 / m.cm(), vPeak = m.vPeak(), h = dt, hh = 0.5 * dt;
        final float[] jv = jumps(from, to, step);
        for (int i = from; i < to; i++) {
            double vi = v[i], ui = u[i];
            double vc = Math.min(vi, vPeak);
            double k1v = 0.04 * vc * vc + 5 * vc + 140 - ui + (drive.a0[i] - drive.b0[i] * vi) * invC;
            double k1u = a * (b * vi - ui);
            double vm = Math.min(vi + hh * k1v, vPeak), um = ui + hh * k1u;
            double k2v = 0.04 * vm * vm + 5 * vm + 140 - um + (drive.am[i] - drive.bm[i] * vm) * invC;
            double k2u = a * (b * vm - um);
            // delta jumps at the end of the step, before the spike test
            double vn = vi + h * k2v + (jv == null ? 0 : jv[i]);
            u[i] = (float) (ui + h * k2u);
            if (vn >= vPeak) {
                v[i] = (float) m.c();
                u[i] += (float) m.d();
                spikes.add(offset + i);
            } else {
                v[i] = (float) vn;
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return switch (variable) {
            case V -> v[i];
            case ADAPTATION -> u[i];
            case SYN_EXC -> synapticSum(true, i);
            case SYN_INH -> synapticSum(false, i);
            default -> Float.NaN;
        };
    }

    @Override
    long stateBytes() {
        return 8L * size + drive.bytes();
    }
}
