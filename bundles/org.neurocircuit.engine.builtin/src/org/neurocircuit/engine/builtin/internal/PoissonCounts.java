package org.neurocircuit.engine.builtin.internal;

/**
 * Poisson event counts per step for a stimulus of {@code rate} Hz, one independent stream per
 * target neuron. Two exact ways, chosen by the mean count per step {@code lambda = rate h}:
 * <ul>
 * <li>sparse input ({@code lambda < }{@value #DENSE_PER_STEP}): exponential intervals in
 * continuous time, one logarithm per event and one comparison per step;</li>
 * <li>dense input (the thousands of Hz that stand for many presynaptic neurons, as Brunel's
 * external drive): one uniform per step, inverted through the tabulated Poisson distribution
 * of the step's count, since a {@code StrictMath.log} per event would cost more than all of a
 * network's synaptic events.</li>
 * </ul>
 * Both give independent Poisson counts with the exact mean for every step, or part of a step
 * at the window's edges; they use the neuron's stream differently.
 */
final class PoissonCounts {

    /** Mean events per step from which one draw per step beats one logarithm per event. */
    static final double DENSE_PER_STEP = 0.1;

    private final double rateKHz;
    /** Sparse: the mean interval between events, ms. */
    private final double meanInterval;
    private final double dt;
    private final double startMs;
    private final double stopMs;
    /** Per neuron, the counter of its stream (as {@link Rng}'s, kept flat for the per-step loop). */
    private final long[] stream;
    /** Sparse: the next event time per neuron, ms. */
    private final double[] next;
    /** Dense: {@code P(count <= k)} of a whole step, ending in exactly 1. */
    private final double[] cdf;

    /** @param keys per target neuron, the key of its stream ({@link Rng#key}) */
    PoissonCounts(double rateHz, double dt, double startMs, double stopMs, long[] keys) {
        this.rateKHz = rateHz / 1000.0;
        this.dt = dt;
        this.startMs = startMs;
        this.stopMs = stopMs;
        this.stream = keys.clone();
        this.meanInterval = rateKHz > 0 ? 1 / rateKHz : Double.POSITIVE_INFINITY;
        double lambda = rateKHz * dt;
        if (lambda >= DENSE_PER_STEP) {
            cdf = cumulative(lambda);
            next = null;
        } else {
            cdf = null;
            next = new double[keys.length];
            for (int i = 0; i < next.length; i++) {
                next[i] = startMs + meanInterval * exponential(i);
            }
        }
    }

    /** Adds {@code w} times the events of step {@code step} to {@code ring[i]} for neurons {@code [from, to)}. */
    void add(float[] ring, float w, int from, int to, int step) {
        double begin = step * dt;
        double end = Math.min(begin + dt, stopMs);
        if (next != null) {
            for (int i = from; i < to; i++) {
                if (next[i] < end) {
                    int count = 0;
                    double t = next[i];
                    while (t < end) {
                        count++;
                        t += meanInterval * exponential(i);
                    }
                    next[i] = t;
                    ring[i] += count * w;
                }
            }
            return;
        }
        // a step cut by the window's start or stop has the table of its shorter part
        double part = Math.max(0, end - Math.max(begin, startMs));
        boolean whole = begin >= startMs && begin + dt <= stopMs;
        double[] table = whole ? cdf : part > 0 ? cumulative(rateKHz * part) : null;
        if (table == null) {
            return;
        }
        final long[] stream = this.stream;
        for (int i = from; i < to; i++) {
            stream[i] += Rng.STEP;
            double u = Rng.uniform(stream[i]);
            int k = 0;
            while (u >= table[k]) {
                k++;
            }
            if (k > 0) {
                ring[i] += k * w;
            }
        }
    }

    /** The next exponential draw (mean 1) of neuron {@code i}'s stream. */
    private double exponential(int i) {
        stream[i] += Rng.STEP;
        return -StrictMath.log(((Rng.mix(stream[i]) >>> 11) + 1) * 0x1.0p-53);
    }

    /**
     * {@code P(count <= k)} for a Poisson count of mean {@code lambda}, up to where the tail
     * beyond is at most 1e-16; the last entry is set to 1 so that inversion always ends. Terms
     * are accumulated in logarithms, so large means do not underflow.
     */
    static double[] cumulative(double lambda) {
        int max = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 40);
        double[] cdf = new double[max + 1];
        double logLambda = StrictMath.log(lambda);
        double logTerm = -lambda;
        double sum = 0;
        int k = 0;
        for (; k < max; k++) {
            sum += StrictMath.exp(logTerm);
            cdf[k] = sum;
            if (k > lambda && 1 - sum <= 1e-16) {
                break;
            }
            logTerm += logLambda - StrictMath.log(k + 1);
        }
        cdf[k] = 1;
        return java.util.Arrays.copyOf(cdf, k + 1);
    }
}
