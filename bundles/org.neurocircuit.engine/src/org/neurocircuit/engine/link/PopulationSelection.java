package org.neurocircuit.engine.link;

import java.util.List;
import java.util.Objects;

/**
 * Populations highlighted in every view, by name (population names are unique within a circuit
 * and are the names the results store records).
 *
 * @param names the selected populations' names, in selection order, without repeats
 */
public record PopulationSelection(List<String> names) {

    public PopulationSelection {
        names = List.copyOf(new java.util.LinkedHashSet<>(Objects.requireNonNull(names, "names")));
    }

    public static PopulationSelection of(String... names) {
        return new PopulationSelection(List.of(names));
    }

    public boolean contains(String population) {
        return names.contains(population);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }
}
