package org.neurocircuit.engine.cost;

/**
 * The expected synapse count of one projection.
 *
 * @param name the projection's region path and name, e.g. {@code V1/ee}
 * @param expected the expected number of synapses (a mean; fractional for random rules)
 * @param basis how it was counted, e.g. {@code "p Npre Npost"}, for tooltips and reports
 */
public record ProjectionCost(String name, double expected, String basis) {
}
