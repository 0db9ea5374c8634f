package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Poisson sources: each source spikes in a step with probability {@code p = 1 - exp(-rate h)};
 * the number of steps to the next spike is drawn from the geometric distribution (one draw per
 * spike, from the source's own stream), so a step costs one comparison per source.
 */
final class PoissonSourceKernel extends Kernel {

    private final int[] next;
    private final Rng[] rng;
    private final double logq;

    PoissonSourceKernel(String name, int index, int offset, int size, PoissonSourceModel m,
            double dt, long seed) {
        super(name, index, offset, size, new ReceptorChannel[0]);
        this.next = new int[size];
        this.rng = new Rng[size];
        double p = -Math.expm1(-m.rate() * dt * 1e-3);
        this.logq = p >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-p);
        for (int i = 0; i < size; i++) {
            rng[i] = Rng.stream(seed, Rng.SOURCE, index, i);
            next[i] = gap(i, -1);
        }
    }

    private int gap(int i, long from) {
        if (logq == 0) {
            return Integer.MAX_VALUE;
        }
        long g = logq == Double.NEGATIVE_INFINITY ? 1 : rng[i].nextGeometric(logq);
        return (int) Math.min(Integer.MAX_VALUE, from + g);
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        final int[] next = this.next;
        for (int i = from; i < to; i++) {
            if (next[i] == step) {
                spikes.add(offset + i);
                next[i] = gap(i, step);
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return Float.NaN;
    }

    @Override
    long stateBytes() {
        return 4L * size + 32L * size;
    }
}
