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
     * Each pair independently with probability {@code pMax exp(-d^2 / (2 sigma^2))} where
     * {@code d} is the distance between the neurons' positions; pairs farther apart than
     * {@code cutoff} never connect. Both populations need a layout with positions.
     * @param pMax probability at distance 0, in [0, 1]
     * @param sigma width of the Gaussian kernel, µm (&gt; 0)
     * @param cutoff largest distance that may connect, µm (&gt; 0, may be infinite)
     */
    record DistanceDependent(double pMax, double sigma, double cutoff) implements ConnectionRule {
        public String describe() { return "distance-dependent (sigma " + sigma + " µm)"; }
    }

    /**
     * Given pairs, with optional per-pair weights and delays that override the projection's.
     * @param sources source neuron indices within the source population
     * @param targets target neuron indices within the target population (same length)
     * @param weights per-pair weight (pA or nS by receptor) or {@code null}
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
