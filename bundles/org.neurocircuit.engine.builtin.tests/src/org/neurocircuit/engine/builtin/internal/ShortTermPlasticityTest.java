package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.engine.network.StateVariable;

/**
 * Tsodyks–Markram synapses: the postsynaptic current jumps of a regular train against the
 * model's recursion and, for pure depression, against the closed-form steady state.
 */
class ShortTermPlasticityTest {

    private static final double W = 100, TAU_S = 5, DT = 0.1, ISI = 20, DELAY = 1;

    /** The current jumps at each arrival, pA. */
    private static double[] jumps(Plasticity.TsodyksMarkram tm, int spikes) {
        double[] times = new double[spikes];
        for (int i = 0; i < spikes; i++) {
            times[i] = 10 + ISI * i;
        }
        NetworkBuilder b = NetworkBuilder.named("stp");
        int pre = b.population("pre", 1, new SpikeTimesSourceModel(new double[][] {times}), InitialState.DEFAULT);
        int post = b.population("post", 1, new LifCurrentModel(250, 10, -70, 1000, -70, 2, 0), InitialState.DEFAULT);
        b.project(new Projection("syn", pre, post, new ConnectionRule.OneToOne(), true, true, Distribution.constant(W),
                Distribution.constant(DELAY), Receptor.current(Receptor.Sign.EXCITATORY, TAU_S), tm));
        b.record(new Recorder.State("i", post, StateVariable.SYN_EXC, DT, null));
        Sim sim = Sim.run(b.build(), Sim.settings(10 + ISI * spikes + 5, DT));
        double[] y = sim.sink.trace(0, 0);
        double decay = Math.exp(-DT / TAU_S);
        double[] out = new double[spikes];
        for (int i = 0; i < spikes; i++) {
            int k = (int) Math.round((times[i] + DELAY) / DT);
            out[i] = y[k] - y[k - 1] * decay;
        }
        return out;
    }

    @Test
    void jumpsFollowTheRecursion() {
        Plasticity.TsodyksMarkram tm = new Plasticity.TsodyksMarkram(0.2, 150, 300);
        double[] j = jumps(tm, 12);
        double u = tm.u(), x = 1;
        for (int i = 0; i < j.length; i++) {
            if (i > 0) {
                x = 1 + (x - 1) * Math.exp(-ISI / tm.tauRec());
                u = tm.u() + u * (1 - tm.u()) * Math.exp(-ISI / tm.tauFac());
            }
            assertEquals(W * u * x, j[i], 1e-3 * W, "spike " + i);
            x -= u * x;
        }
    }

    @Test
    void depressionReachesTheClosedFormSteadyState() {
        Plasticity.TsodyksMarkram tm = new Plasticity.TsodyksMarkram(0.5, 200, 0);
        double[] j = jumps(tm, 40);
        double e = Math.exp(-ISI / tm.tauRec());
        // x just before a spike in steady state: x* = (1 - e) / (1 - (1 - U) e)
        double xss = (1 - e) / (1 - (1 - tm.u()) * e);
        assertEquals(W * tm.u() * xss, j[j.length - 1], 1e-3 * W);
        assertEquals(W * tm.u(), j[0], 1e-3 * W);
    }
}
