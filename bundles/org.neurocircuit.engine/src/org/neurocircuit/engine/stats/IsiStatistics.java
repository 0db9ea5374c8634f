package org.neurocircuit.engine.stats;

import java.util.Arrays;

/**
 * Inter-spike intervals (ISIs) in a window: only intervals between two consecutive spikes of a
 * neuron that both lie in the window count.
 *
 * <p>Convention for the coefficient of variation: per neuron, CV = σ / μ of its ISIs, σ the
 * population standard deviation (divisor n, as Elephant's {@code cv} and Brian's analyses use),
 * defined for neurons with at least {@value #MIN_INTERVALS} ISIs (a single interval would give
 * a spurious 0); the population CV is the plain mean over those neurons. A Poisson train has
 * CV 1, a regular one 0.
 */
public final class IsiStatistics {

    /** Fewest ISIs for which a neuron's CV is defined. */
    public static final int MIN_INTERVALS = 2;

    private IsiStatistics() {
    }

    /** Each neuron's CV of ISI; NaN for neurons with fewer than {@value #MIN_INTERVALS} ISIs. */
    public static double[] cvPerNeuron(SpikeTrains s, TimeWindow w) {
        int n = s.neuronCount();
        double[] last = new double[n];
        Arrays.fill(last, Double.NaN);
        // Welford's running mean and sum of squared deviations: no cancellation for regular trains.
        double[] mean = new double[n];
        double[] m2 = new double[n];
        int[] count = new int[n];
        int[] neurons = s.neurons();
        double[] times = s.timesMs();
        for (int i = s.indexAt(w.startMs()), end = s.indexAt(w.endMs()); i < end; i++) {
            int nr = neurons[i];
            double t = times[i];
            if (!Double.isNaN(last[nr])) {
                double isi = t - last[nr];
                int c = ++count[nr];
                double d = isi - mean[nr];
                mean[nr] += d / c;
                m2[nr] += d * (isi - mean[nr]);
            }
            last[nr] = t;
        }
        double[] cv = new double[n];
        for (int i = 0; i < n; i++) {
            cv[i] = count[i] < MIN_INTERVALS || mean[i] <= 0 ? Double.NaN : Math.sqrt(m2[i] / count[i]) / mean[i];
        }
        return cv;
    }

    /** The mean CV of ISI over the neurons with at least {@value #MIN_INTERVALS} ISIs. */
    public static NeuronAverage meanCv(SpikeTrains s, TimeWindow w) {
        return NeuronAverage.of(cvPerNeuron(s, w));
    }
}
