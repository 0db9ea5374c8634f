package org.neurocircuit.engine.network;

/**
 * Adaptive exponential integrate-and-fire neuron (Brette &amp; Gerstner 2005):
 * {@code C dV/dt = -g_L (V - E_L) + g_L Delta_T exp((V - V_T)/Delta_T) - w + I_syn + I_e},
 * {@code tau_w dw/dt = a (V - E_L) - w}. When {@code V >= V_peak}: V is set to {@code V_reset},
 * {@code w} increases by {@code b}, and V is held at {@code V_reset} for {@code t_ref}.
 * Receptors may be current- or conductance-based.
 *
 * @param cm membrane capacitance, pF (&gt; 0)
 * @param gL leak conductance, nS (&gt; 0)
 * @param eL leak reversal potential, mV
 * @param vT threshold slope factor's midpoint ("rheobase threshold"), mV
 * @param deltaT slope factor, mV (&gt; 0)
 * @param vPeak spike detection potential, mV (above {@code vT})
 * @param vReset reset potential, mV (below {@code vPeak})
 * @param a subthreshold adaptation conductance, nS
 * @param b spike-triggered adaptation increment, pA
 * @param tauW adaptation time constant, ms (&gt; 0)
 * @param tRef absolute refractory period, ms (&ge; 0)
 * @param iE constant bias current, pA
 */
public record AdExModel(double cm, double gL, double eL, double vT, double deltaT, double vPeak,
        double vReset, double a, double b, double tauW, double tRef, double iE)
        implements NeuronModel {

    @Override
    public String kind() {
        return "AdEx";
    }

    @Override
    public boolean has(StateVariable variable) {
        return variable != StateVariable.RATE;
    }
}
