package org.neurocircuit.engine.network;

/**
 * A rate unit: {@code tau dr/dt = -r + min(r_max, gain * max(0, I - theta))} where {@code I}
 * is the summed input current (current-based receptors, bias and stimuli, pA).
 *
 * <p>In a spiking network a rate unit takes part through spikes: it emits an inhomogeneous
 * Poisson spike train with its current rate {@code r} (at most one spike per step, probability
 * {@code 1 - exp(-r dt)}), so it can drive, and be driven by, spiking populations. It accepts
 * only current-based receptors.
 *
 * @param tau time constant of the rate dynamics, ms (&gt; 0)
 * @param gain slope of the transfer function, Hz/pA (&ge; 0)
 * @param theta input threshold of the transfer function, pA
 * @param maxRate saturation rate, Hz (&gt; 0)
 * @param iE constant bias current, pA
 */
public record RateUnitModel(double tau, double gain, double theta, double maxRate, double iE)
        implements NeuronModel {

    @Override
    public String kind() {
        return "rate unit";
    }

    @Override
    public boolean acceptsConductance() {
        return false;
    }

    @Override
    public boolean has(StateVariable variable) {
        return variable == StateVariable.RATE || variable == StateVariable.SYN_EXC
                || variable == StateVariable.SYN_INH;
    }
}
