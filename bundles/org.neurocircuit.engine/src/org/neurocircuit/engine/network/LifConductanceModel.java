package org.neurocircuit.engine.network;

/**
 * Leaky integrate-and-fire neuron with conductance-based synapses (as NEST
 * {@code iaf_cond_exp}): {@code C dV/dt = -g_L (V - E_L) - sum_k g_k (V - E_k) + I_e + I_stim}.
 * Current-based receptors may target it too. Spike at {@code V >= V_th}, then reset and hold at
 * {@code V_reset} for {@code t_ref}.
 *
 * @param cm membrane capacitance, pF (&gt; 0)
 * @param gL leak conductance, nS (&gt; 0)
 * @param eL leak reversal potential, mV
 * @param vTh spike threshold, mV
 * @param vReset reset potential, mV (below {@code vTh})
 * @param tRef absolute refractory period, ms (&ge; 0)
 * @param iE constant bias current, pA
 */
public record LifConductanceModel(double cm, double gL, double eL, double vTh, double vReset,
        double tRef, double iE) implements NeuronModel {

    @Override
    public String kind() {
        return "LIF (conductance-based)";
    }

    @Override
    public boolean has(StateVariable variable) {
        return variable == StateVariable.V || variable == StateVariable.SYN_EXC
                || variable == StateVariable.SYN_INH;
    }
}
