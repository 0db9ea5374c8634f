package org.neurocircuit.engine.cost;

import java.util.List;
import java.util.Locale;

import org.neurocircuit.engine.spi.MemoryEstimate;

/**
 * The cost of a circuit.
 *
 * @param neurons the number of neurons over all populations
 * @param projections the expected synapses of each projection that could be counted
 * @param memoryBytes the estimated peak memory of a run, bytes
 * @param memorySource who estimated it: a backend's id, or {@link CircuitCost#MODEL_SOURCE}
 * @param uncounted what could not be counted, each naming the element and why
 */
public record CostReport(long neurons, List<ProjectionCost> projections, long memoryBytes, String memorySource,
        List<String> uncounted) {

    public CostReport {
        projections = List.copyOf(projections);
        uncounted = List.copyOf(uncounted);
    }

    /** The expected number of synapses over all counted projections. */
    public double expectedSynapses() {
        return projections.stream().mapToDouble(ProjectionCost::expected).sum();
    }

    /** The expected synapses, rounded to a whole number. */
    public long synapses() {
        return Math.round(expectedSynapses());
    }

    /** Whether every population and projection was counted. */
    public boolean complete() {
        return uncounted.isEmpty();
    }

    /** One line, e.g. {@code "77,169 neurons · 299,880,000 synapses · 2.5 GB"}. */
    public String summary() {
        return String.format(Locale.ROOT, "%,d neurons \u00b7 %,d synapses \u00b7 %s%s", neurons, synapses(),
                MemoryEstimate.human(memoryBytes), complete() ? "" : " (incomplete)");
    }
}
