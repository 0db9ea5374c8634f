package org.neurocircuit.engine.network;

/**
 * A group of neurons sharing one model and parameter set. Neurons are numbered globally in
 * population order (see {@link NetworkDescription#offset(int)}).
 *
 * @param name the user-visible name, a valid identifier unique in the network
 * @param size number of neurons (&ge; 1)
 * @param model neuron model and parameters
 * @param initial initial state (fixed or distributed per neuron)
 * @param layout positions of the neurons, µm
 */
public record Population(String name, int size, NeuronModel model, InitialState initial,
        Layout layout) {

    /** A population with default initial state and no layout. */
    public static Population of(String name, int size, NeuronModel model) {
        return new Population(name, size, model, InitialState.DEFAULT, Layout.NONE);
    }
}
