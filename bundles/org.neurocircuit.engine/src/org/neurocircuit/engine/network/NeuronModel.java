package org.neurocircuit.engine.network;

/**
 * The dynamics of every neuron of a population and its parameters. One record type per model;
 * units are documented on each component.
 */
public sealed interface NeuronModel permits LifCurrentModel, LifConductanceModel, AdExModel,
        IzhikevichModel, PoissonSourceModel, SpikeTimesSourceModel, RateUnitModel {

    /** A short identifier of the model kind, for messages (e.g. {@code "LIF (current)"}). */
    String kind();

    /** Whether the population receives synaptic input (false for pure sources). */
    default boolean acceptsInput() {
        return true;
    }

    /** Whether the model accepts conductance-based receptors. */
    default boolean acceptsConductance() {
        return true;
    }

    /** Whether the model has the given state variable (for recording and initial state). */
    boolean has(StateVariable variable);
}
