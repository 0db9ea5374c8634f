package org.neurocircuit.engine.network;

/** How a projection's weights change during a run. */
public sealed interface Plasticity {

    /** Static weights. */
    record None() implements Plasticity {
    }

    /** How STDP changes scale with the weight. */
    enum StdpUpdate {
        /** {@code dw = +A+ K+} and {@code dw = -A- K-}, then clipped to the bounds. */
        ADDITIVE,
        /** {@code dw = +A+ (w_max - w) K+} and {@code dw = -A- (w - w_min) K-}. */
        MULTIPLICATIVE
    }

    /** Which spike pairs interact. */
    enum Pairing {
        /** Every pre/post pair (traces accumulate). */
        ALL_TO_ALL,
        /** Symmetric nearest-neighbour: each spike pairs only with the latest opposite spike. */
        NEAREST
    }

    /**
     * Pair-based spike-timing-dependent plasticity. With {@code dt = t_post - t_arrival}, where
     * the arrival time is the presynaptic spike time plus the synapse's delay, a pair changes
     * the weight by {@code A+ exp(-dt/tau+)} for {@code dt >= 0} and by
     * {@code -A- exp(dt/tau-)} for {@code dt < 0} (additive form), within
     * {@code [wMin, wMax]}.
     *
     * @param tauPlus potentiation window, ms (&gt; 0)
     * @param tauMinus depression window, ms (&gt; 0)
     * @param aPlus potentiation amplitude: weight unit (pA, nS or mV) when additive, dimensionless
     *              when multiplicative
     * @param aMinus depression amplitude, as {@code aPlus}
     * @param wMin lower weight bound, weight unit (&ge; 0)
     * @param wMax upper weight bound, weight unit (&ge; wMin)
     * @param update additive or multiplicative
     * @param pairing all-to-all or nearest-neighbour
     */
    record Stdp(double tauPlus, double tauMinus, double aPlus, double aMinus, double wMin,
            double wMax, StdpUpdate update, Pairing pairing) implements Plasticity {
    }

    /**
     * Tsodyks–Markram short-term plasticity (depression and facilitation, as NEST
     * {@code tsodyks2_synapse}). Before each presynaptic spike, after an interval {@code h}:
     * {@code x = 1 + (x - 1) exp(-h/tau_rec)}, {@code u = U + u (1 - U) exp(-h/tau_fac)}; the
     * spike transmits {@code w u x}; then {@code x -= u x}. The first spike finds
     * {@code u = U, x = 1} and transmits {@code w U}. The state depends on the presynaptic
     * train only, so backends may keep it per source neuron.
     *
     * @param u utilisation increment {@code U}, dimensionless in (0, 1]
     * @param tauRec recovery time constant, ms (&gt; 0)
     * @param tauFac facilitation time constant, ms (&ge; 0; 0 means no facilitation)
     */
    record TsodyksMarkram(double u, double tauRec, double tauFac) implements Plasticity {
    }

    /** Static weights. */
    Plasticity NONE = new None();
}
