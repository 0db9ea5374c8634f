package org.neurocircuit.engine.network;

/**
 * Izhikevich (2003) neuron: {@code dv/dt = 0.04 v^2 + 5 v + 140 - u + I/C},
 * {@code du/dt = a (b v - u)}; when {@code v >= v_peak}: {@code v = c}, {@code u += d}.
 * The input current {@code I} (synaptic plus bias plus stimuli, pA) is divided by the
 * capacitance {@code cm} (pF) to give mV/ms; with {@code cm = 1} pF the published parameter
 * sets apply unchanged with currents in the model's customary units.
 *
 * @param a recovery rate, 1/ms
 * @param b sensitivity of the recovery variable to v, 1/ms
 * @param c reset potential, mV
 * @param d reset increment of the recovery variable u, mV/ms
 * @param vPeak spike cut-off, mV (usually 30)
 * @param cm capacitance that converts input current to mV/ms, pF (&gt; 0)
 * @param iE constant bias current, pA
 */
public record IzhikevichModel(double a, double b, double c, double d, double vPeak, double cm,
        double iE) implements NeuronModel {

    @Override
    public String kind() {
        return "Izhikevich";
    }

    @Override
    public boolean has(StateVariable variable) {
        return variable != StateVariable.RATE;
    }
}
