package org.neurocircuit.engine.network;

/**
 * A population of independent Poisson spike sources. A source emits at most one spike per time
 * step: the probability of a spike in a step of length {@code dt} is {@code 1 - exp(-rate dt)}.
 *
 * @param rate firing rate of each source, Hz (&ge; 0)
 */
public record PoissonSourceModel(double rate) implements NeuronModel {

    @Override
    public String kind() {
        return "Poisson source";
    }

    @Override
    public boolean acceptsInput() {
        return false;
    }

    @Override
    public boolean has(StateVariable variable) {
        return false;
    }
}
