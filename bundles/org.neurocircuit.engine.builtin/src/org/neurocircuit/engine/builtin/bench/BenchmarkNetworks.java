package org.neurocircuit.engine.builtin.bench;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.NeuronModel;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;

/**
 * The COBA and CUBA benchmark networks (Brette et al. 2007, benchmarks 1 and 2, after Vogels
 * &amp; Abbott 2005): 80 % excitatory, 20 % inhibitory, connection probability 80/N
 * (autapses allowed, as in Brian's {@code connect(p=...)}), delay one step, tau_m 20 ms,
 * V_t -50 mV, V_r -60 mV, refractory 5 ms.
 */
public final class BenchmarkNetworks {

    /** Membrane capacitance used for both models, pF (with g_L = 10 nS: tau_m = 20 ms). */
    public static final double CM = 200;
    /** Membrane time constant, ms. */
    public static final double TAU_M = 20;

    private BenchmarkNetworks() {
    }

    /**
     * CUBA: current-based, E_L -49 mV, tau_e 5 ms, tau_i 10 ms; the published jumps +1.62 mV /
     * -9 mV of the (current x R) variable become currents of 1.62 mV C/tau_m = 16.2 pA and
     * 90 pA. Initial V uniform in [V_r, V_t).
     */
    public static NetworkDescription cuba(int n, double delayMs) {
        LifCurrentModel lif = new LifCurrentModel(CM, TAU_M, -49, -50, -60, 5, 0);
        InitialState init = InitialState.DEFAULT.with(StateVariable.V, new Distribution.Uniform(-60, -50));
        return build("cuba", n, lif, init,
                Receptor.current(Receptor.Sign.EXCITATORY, 5), 1.62 * CM / TAU_M,
                Receptor.current(Receptor.Sign.INHIBITORY, 10), 9 * CM / TAU_M, delayMs);
    }

    /**
     * COBA: conductance-based, E_L -60 mV, g_L 10 nS, jumps 6 nS (E_e 0 mV, tau_e 5 ms) and
     * 67 nS (E_i -80 mV, tau_i 10 ms), no external drive. Initial V uniform in [V_r, V_t),
     * g_e ~ N(40, 15) nS, g_i ~ N(200, 120) nS (Brette et al. 2007).
     */
    public static NetworkDescription coba(int n, double delayMs) {
        LifConductanceModel lif = new LifConductanceModel(CM, CM / TAU_M, -60, -50, -60, 5, 0);
        InitialState init = InitialState.DEFAULT
                .with(StateVariable.V, new Distribution.Uniform(-60, -50))
                .with(StateVariable.SYN_EXC, Distribution.Normal.of(40, 15))
                .with(StateVariable.SYN_INH, Distribution.Normal.of(200, 120));
        return build("coba", n, lif, init,
                Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0), 6,
                Receptor.conductance(Receptor.Sign.INHIBITORY, 10, -80), 67, delayMs);
    }

    private static NetworkDescription build(String name, int n, NeuronModel model,
            InitialState init, Receptor exc, double we, Receptor inh, double wi, double delayMs) {
        int ne = n * 4 / 5;
        NetworkBuilder b = NetworkBuilder.named(name);
        int e = b.population("exc", ne, model, init);
        int i = b.population("inh", n - ne, model, init);
        ConnectionRule rule = new ConnectionRule.FixedProbability(80.0 / n);
        Distribution d = Distribution.constant(delayMs);
        for (int src : new int[] {e, i}) {
            for (int tgt : new int[] {e, i}) {
                String pname = (src == e ? "e" : "i") + (tgt == e ? "e" : "i");
                b.project(Projection.of(pname, src, tgt, rule,
                        Distribution.constant(src == e ? we : wi), d, src == e ? exc : inh));
            }
        }
        b.record(new Recorder.Spikes("exc_spikes", e, null));
        b.record(new Recorder.Spikes("inh_spikes", i, null));
        return b.build();
    }
}
