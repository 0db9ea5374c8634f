package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/** The current-based LIF against closed forms: f–I curve and subthreshold traces. */
class LifExactTest {

    private static final double C = 250, TAU_M = 10, E_L = -70, V_TH = -55, T_REF = 2;
    private static final LifCurrentModel LIF = new LifCurrentModel(C, TAU_M, E_L, V_TH, E_L, T_REF, 0);

    /** 1 / (t_ref + tau_m ln(R I / (R I - (V_th - E_L)))), Hz. */
    private static double analyticRate(double currentPa) {
        double ri = TAU_M / C * currentPa;
        return 1000 / (T_REF + TAU_M * Math.log(ri / (ri - (V_TH - E_L))));
    }

    @Test
    void fICurveMatchesTheAnalyticRateWithinOnePercent() {
        double[] currents = {400, 450, 600, 800, 1200, 2000};
        NetworkBuilder b = NetworkBuilder.named("fi");
        for (int i = 0; i < currents.length; i++) {
            int p = b.population("n" + i, 1, LIF, InitialState.DEFAULT);
            b.stimulus(new Stimulus.Dc("dc" + i, List.of(p), currents[i], 0, Double.POSITIVE_INFINITY));
            b.record(new Recorder.Spikes("s" + i, p, null));
        }
        Sim sim = Sim.run(b.build(), Sim.settings(2000, 0.01));
        for (int i = 0; i < currents.length; i++) {
            double[] t = sim.sink.timesOf(i, i);
            assertTrue(t.length > 10, "too few spikes at " + currents[i] + " pA");
            double rate = 1000 * (t.length - 1) / (t[t.length - 1] - t[0]);
            double expected = analyticRate(currents[i]);
            assertEquals(expected, rate, 0.01 * expected, "rate at " + currents[i] + " pA");
        }
    }

    @Test
    void belowRheobaseItNeverFires() {
        NetworkBuilder b = NetworkBuilder.named("sub");
        int p = b.population("n", 1, LIF, InitialState.DEFAULT);
        b.stimulus(new Stimulus.Dc("dc", List.of(p), 370, 0, Double.POSITIVE_INFINITY));
        b.record(new Recorder.Spikes("s", p, null));
        b.record(new Recorder.State("v", p, StateVariable.V, 0.1, null));
        Sim sim = Sim.run(b.build(), Sim.settings(500, 0.1));
        assertEquals(0, sim.sink.neurons(0).length);
        double[] v = sim.sink.trace(1, 0);
        // DC step response: V = E_L + R I (1 - e^(-t/tau_m)), exact at every sample
        for (int k = 0; k < v.length; k++) {
            double t = k * 0.1;
            assertEquals(E_L + TAU_M / C * 370 * (1 - Math.exp(-t / TAU_M)), v[k], 2e-4, "t = " + t);
        }
    }

    @Test
    void exponentialPscTraceMatchesTheClosedForm() {
        double tauS = 2, w = 500, tIn = 10;
        double[] v = subthresholdTrace(Receptor.current(Receptor.Sign.EXCITATORY, tauS), w, tIn);
        double peak = 0;
        for (int k = 0; k < v.length; k++) {
            double s = k * 0.1 - tIn;
            double expected = E_L + (s < 0 ? 0
                    : w / C * tauS * TAU_M / (TAU_M - tauS) * (Math.exp(-s / TAU_M) - Math.exp(-s / tauS)));
            assertEquals(expected, v[k], 1e-4, "t = " + k * 0.1);
            peak = Math.max(peak, v[k] - E_L);
        }
        assertTrue(peak > 1, "the PSP is visible: " + peak);
    }

    @Test
    void alphaPscTraceMatchesTheClosedForm() {
        double tauS = 2, w = 300, tIn = 10;
        double[] v = subthresholdTrace(Receptor.current(Receptor.Sign.INHIBITORY, tauS)
                .withKinetics(Receptor.Kinetics.ALPHA), w, tIn);
        double a = 1 / tauS - 1 / TAU_M;
        double trough = 0;
        for (int k = 0; k < v.length; k++) {
            double s = k * 0.1 - tIn;
            double expected = E_L - (s < 0 ? 0
                    : w * Math.E / (tauS * C) * Math.exp(-s / TAU_M) * (1 - Math.exp(-a * s) * (1 + a * s)) / (a * a));
            assertEquals(expected, v[k], 1e-4, "t = " + k * 0.1);
            trough = Math.min(trough, v[k] - E_L);
        }
        assertTrue(trough < -1, "the IPSP is visible: " + trough);
    }

    @Test
    void equalTimeConstantsUseTheLimitForm() {
        double w = 200, tIn = 5;
        double[] v = subthresholdTrace(Receptor.current(Receptor.Sign.EXCITATORY, TAU_M), w, tIn);
        for (int k = 0; k < v.length; k++) {
            double s = k * 0.1 - tIn;
            double expected = E_L + (s < 0 ? 0 : w / C * s * Math.exp(-s / TAU_M));
            assertEquals(expected, v[k], 1e-4, "t = " + k * 0.1);
        }
    }

    /** V of a neuron receiving one event of weight w at time tIn, sampled every step. */
    private static double[] subthresholdTrace(Receptor r, double w, double tIn) {
        NetworkBuilder b = NetworkBuilder.named("psc");
        int p = b.population("n", 1, LIF, InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(E_L)));
        b.stimulus(new Stimulus.SpikeTimes("in", List.of(p), new double[] {tIn}, w, r, 0, Double.POSITIVE_INFINITY));
        b.record(new Recorder.State("v", p, StateVariable.V, 0.1, null));
        Sim sim = Sim.run(b.build(), Sim.settings(60, 0.1));
        return sim.sink.trace(0, 0);
    }
}
