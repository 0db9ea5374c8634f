package org.neurocircuit.ui.views.connectivity;

import java.util.List;

/**
 * What the connectivity view shows.
 *
 * @param populations the populations, rows (sources) and columns (targets) in this order
 * @param cells the population pairs that are connected, with their figures
 * @param sample a neuron-level sample drawn from the rules, or null when there is no circuit
 * @param problem why nothing can be shown (no circuit copy, a circuit that does not lower), or null
 */
public record ConnectivityModel(List<String> populations, List<Cell> cells, Sample sample, String problem) {

    /**
     * One population pair.
     *
     * @param source source population index
     * @param target target population index
     * @param probability the probability that a given source neuron connects to a given target
     *                    neuron (expected, from the rule; the peak probability for distance rules)
     * @param meanWeight the mean weight, signed (negative for inhibitory receptors), in {@code unit}
     * @param unit the weight unit (pA, nS or mV)
     * @param projections the projections' names
     * @param rules the rules' descriptions
     */
    public record Cell(int source, int target, double probability, double meanWeight, String unit,
            List<String> projections, List<String> rules) {
    }

    /**
     * Adjacency of sampled neurons, generated from the rules with the run's seed.
     *
     * @param offsets per population, the first row/column of its sampled neurons
     * @param sizes per population, how many of its neurons are sampled
     * @param connected row-major {@code total × total}: sampled source row connects to sampled target column
     * @param seed the seed the sample was drawn with
     * @param note what the sample is (shown in the view)
     */
    public record Sample(int[] offsets, int[] sizes, boolean[] connected, long seed, String note) {

        /** Sampled neurons over all populations. */
        public int total() {
            int t = 0;
            for (int s : sizes) {
                t += s;
            }
            return t;
        }

        /** Connections drawn between sampled neurons. */
        public int connections() {
            int n = 0;
            for (boolean c : connected) {
                if (c) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The cell of a pair, or null when not connected. */
    public Cell cell(int source, int target) {
        return cells.stream().filter(c -> c.source() == source && c.target() == target).findFirst().orElse(null);
    }
}
