package org.neurocircuit.engine.network;

/**
 * The postsynaptic receptor a projection (or a spiking stimulus) acts on. Weights are
 * magnitudes (&ge; 0): an excitatory current receptor adds the weight in pA, an inhibitory one
 * subtracts it; a conductance receptor adds the weight in nS and acts through its reversal
 * potential; a delta receptor moves the membrane potential by the weight in mV.
 *
 * <p>Kinetics: {@code EXPONENTIAL} jumps by the weight and decays with {@code tau_syn};
 * {@code ALPHA} follows {@code w (t/tau) e^(1 - t/tau)}, peaking at the weight after
 * {@code tau_syn}; {@code DELTA} has no time course (see {@link Kinetics#DELTA}).
 *
 * @param sign excitatory or inhibitory (for current and delta receptors this fixes the sign)
 * @param coupling current- or conductance-based ({@code CURRENT} for delta kinetics)
 * @param kinetics time course of one event
 * @param tauSyn synaptic time constant, ms (&gt; 0; ignored, and {@code NaN} from
 *               {@link #delta}, for delta kinetics)
 * @param eRev reversal potential, mV (conductance receptors only; {@code NaN} for currents)
 */
public record Receptor(Sign sign, Coupling coupling, Kinetics kinetics, double tauSyn,
        double eRev) {

    /** Excitatory or inhibitory. */
    public enum Sign { EXCITATORY, INHIBITORY }

    /** Current- or conductance-based. */
    public enum Coupling { CURRENT, CONDUCTANCE }

    /** Time course of one synaptic event. */
    public enum Kinetics {
        /** A current or conductance that jumps by the weight and decays with {@code tau_syn}. */
        EXPONENTIAL,
        /** An alpha-function current or conductance peaking at the weight {@code tau_syn} after the event. */
        ALPHA,
        /**
         * A voltage jump, for current receptors only (NEST {@code iaf_psc_delta} with
         * {@code refractory_input = false}): each event arriving at a target adds the weight,
         * in mV, to its membrane potential V_m (excitatory +w, inhibitory -w) at the end of the
         * time step in which it is delivered (for a spike of a projection: the delay after the
         * spike; for a stimulus event: the step it falls into), after that step's integration
         * and before the threshold test, so a jump can make the neuron fire in that very step.
         * Events arriving while the target is refractory are discarded. The receptor holds no
         * state, so it contributes nothing to the recorded synaptic state; targets need a
         * membrane potential (not rate units).
         */
        DELTA
    }

    /** A current receptor with exponential kinetics. */
    public static Receptor current(Sign sign, double tauSyn) {
        return new Receptor(sign, Coupling.CURRENT, Kinetics.EXPONENTIAL, tauSyn, Double.NaN);
    }

    /** A conductance receptor with exponential kinetics. */
    public static Receptor conductance(Sign sign, double tauSyn, double eRev) {
        return new Receptor(sign, Coupling.CONDUCTANCE, Kinetics.EXPONENTIAL, tauSyn, eRev);
    }

    /** A delta (voltage-jump) receptor; its weights are in mV. */
    public static Receptor delta(Sign sign) {
        return new Receptor(sign, Coupling.CURRENT, Kinetics.DELTA, Double.NaN, Double.NaN);
    }

    /** The unit of this receptor's weights: mV for delta, nS for conductance, else pA. */
    public String weightUnit() {
        return kinetics == Kinetics.DELTA ? "mV" : coupling == Coupling.CONDUCTANCE ? "nS" : "pA";
    }

    /** This receptor with other kinetics. */
    public Receptor withKinetics(Kinetics k) {
        return new Receptor(sign, coupling, k, tauSyn, eRev);
    }

    /**
     * A description for messages, e.g. "excitatory conductance (exponential, 5.0 ms, 0.0 mV)" or
     * "inhibitory current (delta)".
     */
    public String describe() {
        if (kinetics == Kinetics.DELTA) {
            return sign.name().toLowerCase() + " " + coupling.name().toLowerCase() + " (delta)";
        }
        String s = sign.name().toLowerCase() + " " + coupling.name().toLowerCase() + " ("
                + kinetics.name().toLowerCase() + ", " + tauSyn + " ms";
        return coupling == Coupling.CONDUCTANCE ? s + ", " + eRev + " mV)" : s + ")";
    }
}
