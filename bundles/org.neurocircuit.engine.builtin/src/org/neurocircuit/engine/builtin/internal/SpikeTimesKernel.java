package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Sources that replay given spike times. A time {@code t} fires in step
 * {@code max(0, round(t/h) - 1)}, so it is stamped {@code round(t/h) h} (or h for t = 0);
 * duplicates within one step fire once.
 */
final class SpikeTimesKernel extends Kernel {

    private final int[][] steps;
    private final int[] cursor;

    SpikeTimesKernel(String name, int index, int offset, int size, SpikeTimesSourceModel m, double dt) {
        super(name, index, offset, size, new ReceptorChannel[0]);
        this.steps = new int[size][];
        this.cursor = new int[size];
        for (int i = 0; i < size; i++) {
            double[] t = m.timesOf(i);
            steps[i] = new int[t.length];
            for (int k = 0; k < t.length; k++) {
                steps[i][k] = (int) Math.max(0, Math.round(t[k] / dt) - 1);
            }
        }
    }

    @Override
    void update(int thread, int from, int to, int step, IntList spikes) {
        for (int i = from; i < to; i++) {
            int[] s = steps[i];
            int c = cursor[i];
            if (c < s.length && s[c] <= step) {
                boolean fire = false;
                while (c < s.length && s[c] <= step) {
                    fire |= s[c] == step;
                    c++;
                }
                cursor[i] = c;
                if (fire) {
                    spikes.add(offset + i);
                }
            }
        }
    }

    @Override
    float sample(StateVariable variable, int i) {
        return Float.NaN;
    }

    @Override
    long stateBytes() {
        long b = 4L * size;
        for (int[] s : steps) {
            b += 16 + 4L * s.length;
        }
        return b;
    }
}
