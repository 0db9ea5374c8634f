package org.neurocircuit.engine.link;

import java.util.Arrays;
import java.util.Objects;

/**
 * Neurons picked in one population.
 *
 * @param population the population's name
 * @param indices local indices within the population, ascending, without repeats
 */
public record NeuronSelection(String population, int[] indices) {

    public NeuronSelection {
        Objects.requireNonNull(population, "population");
        indices = Arrays.stream(indices).distinct().sorted().toArray();
        if (indices.length > 0 && indices[0] < 0) {
            throw new IllegalArgumentException("neuron indices must be >= 0, was " + indices[0]);
        }
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeuronSelection n && n.population.equals(population) && Arrays.equals(n.indices, indices);
    }

    @Override
    public int hashCode() {
        return population.hashCode() * 31 + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return population + Arrays.toString(indices);
    }
}
