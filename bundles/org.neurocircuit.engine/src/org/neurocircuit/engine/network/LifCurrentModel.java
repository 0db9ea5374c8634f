package org.neurocircuit.engine.network;

/**
 * Leaky integrate-and-fire neuron with current-based synapses (as NEST {@code iaf_psc_exp} /
 * {@code iaf_psc_alpha}): {@code C dV/dt = -C/tau_m (V - E_L) + I_syn + I_e + I_stim}.
 * Its subthreshold dynamics are linear, so backends should integrate them exactly. With delta
 * receptors it is NEST's {@code iaf_psc_delta}: their events jump V directly
 * (see {@link Receptor.Kinetics#DELTA}).
 * When {@code V >= V_th} a spike is emitted, V is set to {@code V_reset} and held there for
 * {@code t_ref}.
 *
 * @param cm membrane capacitance, pF (&gt; 0)
 * @param tauM membrane time constant, ms (&gt; 0)
 * @param eL resting (leak reversal) potential, mV
 * @param vTh spike threshold, mV
 * @param vReset reset potential, mV (below {@code vTh})
 * @param tRef absolute refractory period, ms (&ge; 0)
 * @param iE constant bias current, pA
 */
public record LifCurrentModel(double cm, double tauM, double eL, double vTh, double vReset,
        double tRef, double iE) implements NeuronModel {

    @Override
    public String kind() {
        return "LIF (current-based)";
    }

    @Override
    public boolean acceptsConductance() {
        return false;
    }

    @Override
    public boolean has(StateVariable variable) {
        return variable == StateVariable.V || variable == StateVariable.SYN_EXC
                || variable == StateVariable.SYN_INH;
    }
}
