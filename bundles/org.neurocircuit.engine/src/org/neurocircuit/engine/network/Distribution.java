package org.neurocircuit.engine.network;

/**
 * A value that is either a constant or drawn independently per element (synapse or neuron)
 * from a distribution. The unit is that of the quantity it describes (weight: pA, nS or mV,
 * delay: ms, initial state: the variable's unit).
 */
public sealed interface Distribution {

    /** The smallest value a draw can take ({@code -Infinity} when unbounded below). */
    double lowerBound();

    /** The largest value a draw can take ({@code +Infinity} when unbounded above). */
    double upperBound();

    /** The expected value of a draw, used for estimates and summaries. */
    double mean();

    /** A constant.
     * @param value the value, in the unit of the described quantity */
    record Constant(double value) implements Distribution {
        public double lowerBound() { return value; }
        public double upperBound() { return value; }
        public double mean() { return value; }
    }

    /** Uniform on {@code [low, high)}.
     * @param low lower end, in the unit of the described quantity
     * @param high upper end, in the unit of the described quantity */
    record Uniform(double low, double high) implements Distribution {
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return 0.5 * (low + high); }
    }

    /**
     * Normal with mean and standard deviation, truncated to {@code [min, max]}: draws outside the
     * bounds are redrawn (use infinite bounds for an unbounded normal).
     * @param mu mean, in the unit of the described quantity
     * @param sigma standard deviation, same unit, at least 0
     * @param min lower bound, same unit (may be {@code -Infinity})
     * @param max upper bound, same unit (may be {@code +Infinity})
     */
    record Normal(double mu, double sigma, double min, double max) implements Distribution {
        /** An unbounded normal. */
        public static Normal of(double mu, double sigma) {
            return new Normal(mu, sigma, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        public double lowerBound() { return min; }
        public double upperBound() { return max; }
        public double mean() { return Math.min(max, Math.max(min, mu)); }
    }

    /**
     * Lognormal: {@code exp(N(mu, sigma))}; always positive.
     * @param mu mean of the logarithm of the value (the value in the described unit)
     * @param sigma standard deviation of the logarithm, at least 0
     */
    record LogNormal(double mu, double sigma) implements Distribution {
        public double lowerBound() { return 0; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public double mean() { return Math.exp(mu + 0.5 * sigma * sigma); }
    }

    /** Shorthand for a constant. */
    static Distribution constant(double value) {
        return new Constant(value);
    }
}
