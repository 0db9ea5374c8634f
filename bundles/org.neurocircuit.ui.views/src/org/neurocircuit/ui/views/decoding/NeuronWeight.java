package org.neurocircuit.ui.views.decoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A neuron's decoder weight as the weights chart shows it: the weights of its columns summed over
 * the history lags (the effect of one more spike in every bin of the window); for several outputs
 * (classes) the spread between the largest and smallest output, i.e. how strongly the neuron
 * separates them.
 *
 * @param population the population of the column's channel
 * @param source the channel
 * @param neuron the neuron's global index, -1 for a population column
 * @param weight the weight, in the decoder's meaning
 * @param highlighted whether its population is drawn emphasised
 */
public record NeuronWeight(String population, String source, int neuron, double weight, boolean highlighted) {

    /**
     * The weights per neuron, grouped by population in the order the populations first appear.
     *
     * @param weights outputs × columns, row-major
     * @param sources, neurons the columns' channel and neuron
     * @param populationOf a channel's population
     * @param emphasised whether a population is highlighted
     */
    static List<NeuronWeight> of(float[] weights, int outputs, List<String> sources, int[] neurons,
            Function<String, String> populationOf, Predicate<String> emphasised) {
        int columns = sources.size();
        Map<String, double[]> perNeuron = new LinkedHashMap<>(); // key source#neuron -> sum per output
        for (int c = 0; c < columns; c++) {
            double[] sums = perNeuron.computeIfAbsent(sources.get(c) + "#" + neurons[c], k -> new double[outputs]);
            for (int o = 0; o < outputs; o++) {
                sums[o] += weights[o * columns + c];
            }
        }
        Map<String, List<NeuronWeight>> byPopulation = new LinkedHashMap<>();
        for (var e : perNeuron.entrySet()) {
            int cut = e.getKey().lastIndexOf('#');
            String source = e.getKey().substring(0, cut);
            String population = populationOf.apply(source);
            byPopulation.computeIfAbsent(population, k -> new ArrayList<>()).add(new NeuronWeight(population, source,
                    Integer.parseInt(e.getKey().substring(cut + 1)), value(e.getValue()),
                    emphasised.test(population)));
        }
        return byPopulation.values().stream().flatMap(List::stream).toList();
    }

    private static double value(double[] perOutput) {
        if (perOutput.length == 1) {
            return perOutput[0];
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : perOutput) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
