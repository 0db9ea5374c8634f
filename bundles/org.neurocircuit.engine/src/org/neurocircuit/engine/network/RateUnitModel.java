package org.neurocircuit.engine.network;

/**
 * A leaky rate unit: {@code tau dr/dt = -r + phi(u)} with {@code u = gain (I - theta)}, where
 * {@code I} is the summed input current (current-based receptors, bias and stimuli, pA) and
 * {@code phi} the {@link TransferFunction}. Every transfer function has slope {@code gain} at
 * {@code I = theta}, so {@code gain} (Hz/pA) means the same for all of them and {@code maxRate}
 * only sets where they saturate.
 *
 * <p>In a spiking network a rate unit takes part through spikes: it emits an inhomogeneous
 * Poisson spike train with rate {@code max(0, r)} (at most one spike per step, probability
 * {@code 1 - exp(-max(0, r) dt)}), so it can drive, and be driven by, spiking populations. The
 * state {@code r} itself is not rectified: the linear and tanh functions can make it negative,
 * which is recorded as such and emits no spikes. It accepts only current-based receptors.
 *
 * @param tau time constant of the rate dynamics, ms (&gt; 0)
 * @param gain slope of the transfer function at the threshold, Hz/pA (&ge; 0)
 * @param theta input threshold of the transfer function, pA
 * @param maxRate saturation rate, Hz (&gt; 0; may be infinite for the linear and
 *                threshold-linear functions, must be finite for sigmoid and tanh)
 * @param iE constant bias current, pA
 * @param transfer the transfer function
 */
public record RateUnitModel(double tau, double gain, double theta, double maxRate, double iE,
        TransferFunction transfer) implements NeuronModel {

    /** A threshold-linear rate unit. */
    public RateUnitModel(double tau, double gain, double theta, double maxRate, double iE) {
        this(tau, gain, theta, maxRate, iE, TransferFunction.THRESHOLD_LINEAR);
    }

    /**
     * The steady-state rate {@code phi(u)}, Hz, of the argument {@code u = gain (I - theta)}, Hz,
     * with {@code r_max = maxRate}. Each is the metamodel's {@code f(gain (input - threshold))}
     * with {@code f} scaled so that {@code dphi/du = 1} at {@code u = 0}.
     */
    public enum TransferFunction {
        /** {@code phi = u}, clipped to {@code [-r_max, r_max]}; negative rates emit no spikes. */
        LINEAR,
        /** {@code phi = min(r_max, max(0, u))}: silent below threshold. */
        THRESHOLD_LINEAR,
        /**
         * {@code phi = r_max / (1 + exp(-4 u / r_max))}: the logistic between 0 and {@code r_max},
         * {@code r_max / 2} at threshold (the textbook {@code r_max / (1 + exp(-k (I - theta)))}
         * with {@code k = 4 gain / r_max} per pA).
         */
        SIGMOID,
        /**
         * {@code phi = r_max tanh(u / r_max)}: linear near threshold, saturating at
         * {@code -r_max} and {@code +r_max}; negative rates emit no spikes.
         */
        TANH;

        /** Whether the function is defined only for a finite {@code r_max}. */
        public boolean needsFiniteMaxRate() {
            return this == SIGMOID || this == TANH;
        }

        /** {@code phi(u)}, Hz, for {@code u} in Hz and {@code maxRate} in Hz. */
        public double apply(double u, double maxRate) {
            return switch (this) {
                case LINEAR -> Math.max(-maxRate, Math.min(maxRate, u));
                case THRESHOLD_LINEAR -> Math.min(maxRate, Math.max(0, u));
                case SIGMOID -> maxRate / (1 + StrictMath.exp(-4 * u / maxRate));
                case TANH -> maxRate * StrictMath.tanh(u / maxRate);
            };
        }
    }

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
