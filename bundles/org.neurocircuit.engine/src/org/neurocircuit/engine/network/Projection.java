package org.neurocircuit.engine.network;

/**
 * Synapses from one population to another.
 *
 * @param name the user-visible name, unique in the network
 * @param source index of the source population in {@link NetworkDescription#populations()}
 * @param target index of the target population
 * @param rule how pairs are chosen
 * @param autapses whether a neuron may connect to itself (same source and target population)
 * @param multapses whether a pair may be connected more than once (for degree rules)
 * @param weight synaptic weight magnitude: pA for current receptors, nS for conductance
 *               receptors, mV for delta receptors ({@link Receptor#weightUnit}; &ge; 0)
 * @param delay transmission delay, ms; rounded to the nearest time step; at least one step
 *              (must be at least dt, except for lognormal draws, which are raised to one step)
 * @param receptor the receptor on the target neurons
 * @param plasticity none, STDP or short-term plasticity
 */
public record Projection(String name, int source, int target, ConnectionRule rule,
        boolean autapses, boolean multapses, Distribution weight, Distribution delay,
        Receptor receptor, Plasticity plasticity) {

    /** A static projection with autapses and multapses allowed. */
    public static Projection of(String name, int source, int target, ConnectionRule rule,
            Distribution weight, Distribution delay, Receptor receptor) {
        return new Projection(name, source, target, rule, true, true, weight, delay, receptor,
                Plasticity.NONE);
    }

    /** This projection with other plasticity. */
    public Projection withPlasticity(Plasticity p) {
        return new Projection(name, source, target, rule, autapses, multapses, weight, delay,
                receptor, p);
    }

    /** This projection with other autapse and multapse flags. */
    public Projection withFlags(boolean allowAutapses, boolean allowMultapses) {
        return new Projection(name, source, target, rule, allowAutapses, allowMultapses, weight,
                delay, receptor, plasticity);
    }
}
