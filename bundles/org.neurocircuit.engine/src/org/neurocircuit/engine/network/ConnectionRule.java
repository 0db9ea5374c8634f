package org.neurocircuit.engine.network;

/**
 * How a projection chooses its source-target pairs. Autapses and multapses are controlled by
 * flags on the {@link Projection}.
 */
public sealed interface ConnectionRule {

    /** A short description for messages. */
    String describe();

    /** Every source to every target. */
    record AllToAll() implements ConnectionRule {
        public String describe() { return "all-to-all"; }
    }

    /** Source i to target i; source and target sizes must match. */
    record OneToOne() implements ConnectionRule {
        public String describe() { return "one-to-one"; }
    }

    /** Each pair independently with probability {@code p}.
     * @param p connection probability, dimensionless in [0, 1] */
    record FixedProbability(double p) implements ConnectionRule {
        public String describe() { return "fixed probability " + p; }
    }

    /** Each target receives exactly {@code k} sources, chosen at random.
     * @param k in-degree (&ge; 0) */
    record FixedInDegree(int k) implements ConnectionRule {
        public String describe() { return "fixed in-degree " + k; }
    }

    /** Each source projects to exactly {@code k} targets, chosen at random.
     * @param k out-degree (&ge; 0) */
    record FixedOutDegree(int k) implements ConnectionRule {
        public String describe() { return "fixed out-degree " + k; }
    }

    /**
     * Each pair independently with probability {@code pMax profile(d / sigma)}, where {@code d}
     * is the distance between the neurons' positions (on the torus of their layouts when those
     * are periodic, see {@link Layout#period}: the nearest image counts, so a pair is considered
     * once); pairs farther apart than {@code cutoff} never connect. Both populations need a
     * layout with positions.
     *
     * @param profile how the probability falls off with distance
     * @param pMax probability at distance 0, in [0, 1]
     * @param sigma length scale of the profile, µm (&gt; 0)
     * @param cutoff largest distance that may connect, µm (&gt; 0, may be infinite)
     */
    record DistanceDependent(Profile profile, double pMax, double sigma, double cutoff) implements ConnectionRule {

        /** A Gaussian profile, the most common one. */
        public DistanceDependent(double pMax, double sigma, double cutoff) {
            this(Profile.GAUSSIAN, pMax, sigma, cutoff);
        }

        /** The connection probability at distance {@code d}, µm (0 beyond the cutoff). */
        public double probability(double d) {
            return d > cutoff ? 0 : pMax * profile.falloff(d / sigma);
        }

        public String describe() {
            return "distance-dependent (" + profile.name().toLowerCase() + ", sigma " + sigma + " µm)";
        }
    }

    /** Fall-off of a distance-dependent connection probability with the distance d. */
    enum Profile {
        /** {@code exp(-d^2 / (2 sigma^2))}: sigma is the standard deviation of the kernel. */
        GAUSSIAN,
        /** {@code exp(-d / sigma)}: sigma is the decay length (the mean distance of a 1-D kernel). */
        EXPONENTIAL;

        /** The fall-off at {@code x = d / sigma}: 1 at 0, decreasing. */
        public double falloff(double x) {
            return this == GAUSSIAN ? StrictMath.exp(-0.5 * x * x) : StrictMath.exp(-x);
        }

        /**
         * The distance, in units of sigma, where the fall-off reaches {@code e^-exponent}: a
         * profile-independent way to choose a cutoff (exponent 8: 4 sigma Gaussian, 8 sigma
         * exponential, both at 0.03 % of pMax).
         */
        public double sigmasAt(double exponent) {
            return this == GAUSSIAN ? Math.sqrt(2 * exponent) : exponent;
        }
    }

    /**
     * Given pairs, with optional per-pair weights and delays that override the projection's.
     * @param sources source neuron indices within the source population
     * @param targets target neuron indices within the target population (same length)
     * @param weights per-pair weight (pA, nS or mV by receptor) or {@code null}
     * @param delays per-pair delay, ms, or {@code null}
     */
    record Explicit(int[] sources, int[] targets, double[] weights, double[] delays)
            implements ConnectionRule {
        public Explicit {
            sources = sources.clone();
            targets = targets.clone();
            weights = weights == null ? null : weights.clone();
            delays = delays == null ? null : delays.clone();
        }
        @Override public int[] sources() { return sources.clone(); }
        @Override public int[] targets() { return targets.clone(); }
        @Override public double[] weights() { return weights == null ? null : weights.clone(); }
        @Override public double[] delays() { return delays == null ? null : delays.clone(); }
        /** The number of pairs. */
        public int size() { return sources.length; }
        public String describe() { return "explicit list of " + sources.length + " pairs"; }
    }
}
