package org.neurocircuit.engine.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Spike trains with known statistics, from fixed seeds. */
final class Trains {

    private Trains() {
    }

    /**
     * N independent homogeneous Poisson trains of rate {@code hz} on [0, T): the superposition is
     * a Poisson process of rate N·hz whose spikes go to uniformly chosen neurons, which is the
     * same process and comes out sorted.
     */
    static SpikeTrains poisson(int n, double hz, double durationMs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double meanGapMs = 1000.0 / (n * hz);
        int cap = (int) (n * hz * durationMs / 1000 * 1.1) + 16;
        int[] neurons = new int[cap];
        double[] times = new double[cap];
        int k = 0;
        for (double t = -meanGapMs * Math.log(1 - r.nextDouble()); t < durationMs;
                t += -meanGapMs * Math.log(1 - r.nextDouble())) {
            if (k == cap) {
                cap *= 2;
                neurons = Arrays.copyOf(neurons, cap);
                times = Arrays.copyOf(times, cap);
            }
            neurons[k] = r.nextInt(n);
            times[k++] = t;
        }
        return new SpikeTrains(Arrays.copyOf(neurons, k), Arrays.copyOf(times, k), n);
    }

    /** N regular trains of period {@code periodMs} with random phases in (0.1, period - 0.1) ms. */
    static SpikeTrains regular(int n, double periodMs, double durationMs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] phase = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            phase[i] = 0.1 + r.nextDouble() * (periodMs - 0.2);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(phase[a], phase[b]));
        int cycles = (int) Math.round(durationMs / periodMs);
        int[] neurons = new int[n * cycles];
        double[] times = new double[n * cycles];
        int k = 0;
        for (int c = 0; c < cycles; c++) {
            for (int j = 0; j < n; j++) {
                neurons[k] = order[j];
                times[k++] = phase[order[j]] + c * periodMs;
            }
        }
        return new SpikeTrains(neurons, times, n);
    }

    /** N neurons that all fire together at the times of one Poisson train of rate {@code hz}. */
    static SpikeTrains synchronous(int n, double hz, double durationMs, long seed) {
        SpikeTrains one = poisson(1, hz, durationMs, seed);
        int m = one.count();
        int[] neurons = new int[m * n];
        double[] times = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                neurons[i * n + j] = j;
                times[i * n + j] = one.timesMs()[i];
            }
        }
        return new SpikeTrains(neurons, times, n);
    }

    /** Two groups side by side: {@code b}'s neurons numbered after {@code a}'s, spikes merged by time. */
    static SpikeTrains merge(SpikeTrains a, SpikeTrains b) {
        int n = a.count() + b.count();
        int[] neurons = new int[n];
        double[] times = new double[n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            boolean fromA = j >= b.count() || (i < a.count() && a.timesMs()[i] <= b.timesMs()[j]);
            if (fromA) {
                neurons[k] = a.neurons()[i];
                times[k] = a.timesMs()[i++];
            } else {
                neurons[k] = b.neurons()[j] + a.neuronCount();
                times[k] = b.timesMs()[j++];
            }
        }
        return new SpikeTrains(neurons, times, a.neuronCount() + b.neuronCount());
    }
}
