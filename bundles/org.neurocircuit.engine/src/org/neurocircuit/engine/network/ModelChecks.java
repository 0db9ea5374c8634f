package org.neurocircuit.engine.network;

/** Parameter checks of the neuron models. */
final class ModelChecks {

    private ModelChecks() {
    }

    static void check(Checks c, Population p) {
        switch (p.model()) {
            case LifCurrentModel m -> {
                c.positive("capacitance C_m", m.cm(), "pF");
                c.positive("membrane time constant tau_m", m.tauM(), "ms");
                c.finite("E_L", m.eL(), "mV");
                c.finite("I_e", m.iE(), "pA");
                c.below("reset potential V_reset", m.vReset(), "threshold V_th", m.vTh(), "mV");
                c.nonNegative("refractory period t_ref", m.tRef(), "ms");
            }
            case LifConductanceModel m -> {
                c.positive("capacitance C_m", m.cm(), "pF");
                c.positive("leak conductance g_L", m.gL(), "nS");
                c.finite("E_L", m.eL(), "mV");
                c.finite("I_e", m.iE(), "pA");
                c.below("reset potential V_reset", m.vReset(), "threshold V_th", m.vTh(), "mV");
                c.nonNegative("refractory period t_ref", m.tRef(), "ms");
            }
            case AdExModel m -> {
                c.positive("capacitance C_m", m.cm(), "pF");
                c.positive("leak conductance g_L", m.gL(), "nS");
                c.positive("slope factor Delta_T", m.deltaT(), "mV");
                c.positive("adaptation time constant tau_w", m.tauW(), "ms");
                c.finite("E_L", m.eL(), "mV");
                c.finite("a", m.a(), "nS");
                c.finite("b", m.b(), "pA");
                c.finite("I_e", m.iE(), "pA");
                c.below("threshold V_T", m.vT(), "spike detection V_peak", m.vPeak(), "mV");
                c.below("reset potential V_reset", m.vReset(), "spike detection V_peak", m.vPeak(), "mV");
                c.nonNegative("refractory period t_ref", m.tRef(), "ms");
            }
            case IzhikevichModel m -> {
                c.positive("capacitance C_m", m.cm(), "pF");
                c.finite("a", m.a(), "1/ms");
                c.finite("b", m.b(), "1/ms");
                c.finite("d", m.d(), "mV/ms");
                c.finite("I_e", m.iE(), "pA");
                c.below("reset potential c", m.c(), "spike cut-off v_peak", m.vPeak(), "mV");
            }
            case PoissonSourceModel m -> c.nonNegative("rate", m.rate(), "Hz");
            case SpikeTimesSourceModel m -> {
                if (m.size() != p.size()) {
                    c.fail("the spike-time source lists times for " + m.size()
                            + " neurons but the population has " + p.size()
                            + "; give one row of times per neuron.");
                }
                for (int i = 0; i < m.size(); i++) {
                    c.ascending("spike times of neuron " + i, m.timesOf(i));
                }
            }
            case RateUnitModel m -> {
                c.positive("time constant tau", m.tau(), "ms");
                c.nonNegative("gain", m.gain(), "Hz/pA");
                c.finite("threshold theta", m.theta(), "pA");
                if (!(m.maxRate() > 0)) {
                    c.fail("maximum rate must be positive (was " + m.maxRate() + " Hz).");
                }
                c.finite("I_e", m.iE(), "pA");
                if (m.transfer() == null) {
                    c.fail("needs a transfer function (linear, threshold-linear, sigmoid or tanh).");
                } else if (m.transfer().needsFiniteMaxRate() && !Double.isFinite(m.maxRate())) {
                    c.fail("a " + m.transfer().name().toLowerCase() + " transfer function saturates at the maximum"
                            + " rate, which must therefore be finite (was " + m.maxRate() + " Hz).");
                }
            }
        }
    }

    static void checkLayout(Checks c, Population p) {
        switch (p.layout()) {
            case Layout.None n -> { }
            case Layout.Grid g -> {
                if (g.columns() < 1) {
                    c.fail("grid layout needs at least 1 column (was " + g.columns() + ").");
                }
                c.positive("grid spacing", g.spacing(), "µm");
            }
            case Layout.RandomBox b -> {
                c.nonNegative("layout width", b.width(), "µm");
                c.nonNegative("layout height", b.height(), "µm");
                c.nonNegative("layout depth", b.depth(), "µm");
            }
            case Layout.Explicit e -> {
                if (e.xyz().length != 3 * p.size()) {
                    c.fail("explicit layout holds " + e.xyz().length + " coordinates but "
                            + p.size() + " neurons need " + 3 * p.size() + " (x, y, z each).");
                }
                c.nonNegative("periodic side along x", e.torus().x(), "µm");
                c.nonNegative("periodic side along y", e.torus().y(), "µm");
                c.nonNegative("periodic side along z", e.torus().z(), "µm");
            }
        }
    }
}
