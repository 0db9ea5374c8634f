package org.neurocircuit.engine.network;

/** A per-neuron state variable that can be initialised and recorded. */
public enum StateVariable {
    /** Membrane potential, mV. */
    V("v", "mV"),
    /** Adaptation: {@code w} of AdEx in pA, {@code u} of Izhikevich in mV/ms. */
    ADAPTATION("w", "pA"),
    /** Rate of a rate unit, Hz (negative below threshold for linear and tanh units). */
    RATE("r", "Hz"),
    /**
     * Summed state of the excitatory receptors: current (pA) or conductance (nS). As an
     * initial value it sets each excitatory receptor of the population.
     */
    SYN_EXC("syn_exc", "pA|nS"),
    /** As {@link #SYN_EXC} for the inhibitory receptors (currents are negative). */
    SYN_INH("syn_inh", "pA|nS");

    private final String id;
    private final String unit;

    StateVariable(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** The short identifier used in files and messages. */
    public String id() {
        return id;
    }

    /** The unit, as text. */
    public String unit() {
        return unit;
    }
}
