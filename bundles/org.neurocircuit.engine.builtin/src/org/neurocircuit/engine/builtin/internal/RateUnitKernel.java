package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Rate units in the spiking engine. The rate relaxes exactly towards the transfer function of
 * the input held over the step, {@code r <- phi + (r - phi) e^(-h/tau)} with
 * {@code phi = f(gain (I - theta))} ({@link RateUnitModel.TransferFunction}), then each unit
 * spikes with probability {@code 1 - exp(-max(0, r) h)} (one draw from its own stream per step).
 */
final class RateUnitKernel extends Kernel {

    private final RateUnitModel m;
    final float[] r;
    private final long[] rng;
    private final Drive drive;
    private final double dt;
    private final float decay;

    RateUnitKernel(String name, int index, int offset, int size, ReceptorChannel[] channels,
            RateUnitModel m, double dt, long seed) {
        super(name, index, offset, size, channels);
        this.m = m;
        this.r = new float[size];
        this.rng = new long[size];
        this.drive = new Drive(size);
        this.dt = dt;
        this.decay = (float) Math.exp(-dt / m.tau());
        for (int i = 0; i < size; i++) {
            rng[i] = Rng.key(seed, Rng.SOURCE, index, i);
        }
    }

    void initialise(InitialState init, long seed) {
        init.valueOf(StateVariable.RATE).ifPresent(d -> fill(r, d, 0, seed, 2));
        initialiseChannels(init, seed);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        drive.gather(from, to, (float) m.iE(), 0f, iExt, channels, step);
        final double gain = m.gain(), theta = m.theta(), max = m.maxRate(), hSec = dt * 1e-3;
        final RateUnitModel.TransferFunction f = m.transfer();
        for (int i = from; i < to; i++) {
            double phi = f.apply(gain * (drive.a0[i] - theta), max);
            float ri = (float) (phi + (r[i] - phi) * decay);
            r[i] = ri;
            // a negative rate (linear and tanh units below threshold) emits nothing
            double p = -StrictMath.expm1(-Math.max(0f, ri) * hSec);
            rng[i] += Rng.STEP;
            if (Rng.uniform(rng[i]) < p) {
                spikes.add(offset + i);
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return switch (variable) {
            case RATE -> r[i];
            case SYN_EXC -> synapticSum(true, i);
            case SYN_INH -> synapticSum(false, i);
            default -> Float.NaN;
        };
    }

    @Override
    long stateBytes() {
        return 12L * size + drive.bytes();
    }
}
