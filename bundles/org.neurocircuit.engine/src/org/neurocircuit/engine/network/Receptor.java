package org.neurocircuit.engine.network;

/**
 * The postsynaptic receptor a projection (or a spiking stimulus) acts on. Weights are
 * magnitudes (&ge; 0): an excitatory current receptor adds the weight in pA, an inhibitory one
 * subtracts it; a conductance receptor adds the weight in nS and acts through its reversal
 * potential.
 *
 * <p>Kinetics: {@code EXPONENTIAL} jumps by the weight and decays with {@code tau_syn};
 * {@code ALPHA} follows {@code w (t/tau) e^(1 - t/tau)}, peaking at the weight after
 * {@code tau_syn}.
 *
 * @param sign excitatory or inhibitory (for current receptors this fixes the sign)
 * @param coupling current- or conductance-based
 * @param kinetics time course of one event
 * @param tauSyn synaptic time constant, ms (&gt; 0)
 * @param eRev reversal potential, mV (conductance receptors only; {@code NaN} for currents)
 */
public record Receptor(Sign sign, Coupling coupling, Kinetics kinetics, double tauSyn,
        double eRev) {

    /** Excitatory or inhibitory. */
    public enum Sign { EXCITATORY, INHIBITORY }

    /** Current- or conductance-based. */
    public enum Coupling { CURRENT, CONDUCTANCE }

    /** Time course of one synaptic event. */
    public enum Kinetics { EXPONENTIAL, ALPHA }

    /** A current receptor with exponential kinetics. */
    public static Receptor current(Sign sign, double tauSyn) {
        return new Receptor(sign, Coupling.CURRENT, Kinetics.EXPONENTIAL, tauSyn, Double.NaN);
    }

    /** A conductance receptor with exponential kinetics. */
    public static Receptor conductance(Sign sign, double tauSyn, double eRev) {
        return new Receptor(sign, Coupling.CONDUCTANCE, Kinetics.EXPONENTIAL, tauSyn, eRev);
    }

    /** This receptor with other kinetics. */
    public Receptor withKinetics(Kinetics k) {
        return new Receptor(sign, coupling, k, tauSyn, eRev);
    }

    /** A description for messages, e.g. "excitatory conductance (exponential, 5.0 ms, 0.0 mV)". */
    public String describe() {
        String s = sign.name().toLowerCase() + " " + coupling.name().toLowerCase() + " ("
                + kinetics.name().toLowerCase() + ", " + tauSyn + " ms";
        return coupling == Coupling.CONDUCTANCE ? s + ", " + eRev + " mV)" : s + ")";
    }
}
