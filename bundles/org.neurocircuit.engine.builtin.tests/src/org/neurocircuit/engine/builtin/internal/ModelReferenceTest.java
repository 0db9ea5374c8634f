package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NeuronModel;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/**
 * Conductance LIF, AdEx and Izhikevich (explicit midpoint with exact conductance decay, dt
 * 0.1 ms) against an independent RK4 reference at 0.001 ms: subthreshold traces driven by
 * conductance events (error and order of convergence) and spike trains driven by DC (intervals;
 * spike times on the 0.1 ms grid lag the true crossing by less than a step).
 */
class ModelReferenceTest {

    private static final Receptor EXC = Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0);
    private static final Receptor INH = Receptor.conductance(Receptor.Sign.INHIBITORY, 10, -80);
    private static final double[] EXC_T = {10, 12, 15, 40, 41, 42, 43}, EXC_W = {8, 8, 8, 6, 6, 6, 6};
    private static final double[] INH_T = {25, 60}, INH_W = {30, 50};

    private static final AdExModel ADEX = new AdExModel(281, 30, -70.6, -50.4, 2, 0, -70.6, 4, 80.5, 144, 0, 0);
    /** Regular spiking; cm = 100 pF so that 1000 pA give the customary I = 10. */
    private static final IzhikevichModel IZH = new IzhikevichModel(0.02, 0.2, -65, 8, 30, 100, 0);
    /** The same with a larger capacitance, so the test events stay subthreshold. */
    private static final IzhikevichModel IZH_SUB = new IzhikevichModel(0.02, 0.2, -65, 8, 30, 1000, 0);

    /** One neuron with DC (and conductance events); V sampled every 0.1 ms, and spikes. */
    private static Reference.Run engine(NeuronModel m, double dc, boolean events, double dt, double duration) {
        NetworkBuilder b = NetworkBuilder.named("one");
        InitialState init = m instanceof IzhikevichModel
                ? InitialState.DEFAULT.with(StateVariable.V, org.neurocircuit.engine.network.Distribution.constant(-65))
                : InitialState.DEFAULT;
        int p = b.population("n", 1, m, init);
        b.stimulus(new Stimulus.Dc("dc", List.of(p), dc, 0, Double.POSITIVE_INFINITY));
        for (int k = 0; events && k < EXC_T.length; k++) {
            b.stimulus(new Stimulus.SpikeTimes("e" + k, List.of(p), new double[] {EXC_T[k]}, EXC_W[k], EXC, 0, 1e9));
        }
        for (int k = 0; events && k < INH_T.length; k++) {
            b.stimulus(new Stimulus.SpikeTimes("i" + k, List.of(p), new double[] {INH_T[k]}, INH_W[k], INH, 0, 1e9));
        }
        b.record(new Recorder.State("v", p, StateVariable.V, 0.1, null));
        b.record(new Recorder.Spikes("s", p, null));
        Sim sim = Sim.run(b.build(), Sim.settings(duration, dt));
        return new Reference.Run(sim.sink.trace(0, 0), sim.sink.timesOf(1, 0));
    }

    private static double synaptic(boolean events, double t0, double t, double v) {
        return !events ? 0 : Reference.conductance(t0, t, EXC_T, EXC_W, 5) * (0 - v)
                + Reference.conductance(t0, t, INH_T, INH_W, 10) * (-80 - v);
    }

    private static Reference.Rhs lif(double dc, boolean events) {
        return (t0, t, y, dy) -> dy[0] = (10 * (-70 - y[0]) + synaptic(events, t0, t, y[0]) + dc) / 200;
    }

    private static Reference.Rhs adex(double dc, boolean events) {
        // V beyond V_peak (0 mV) only exists within a step that ends in a spike: clip it there,
        // so that a fine step's overshoot does not leak into w
        return (t0, t, y, dy) -> {
            double v = Math.min(y[0], 0);
            dy[0] = (-30 * (v + 70.6) + 60 * Math.exp((v + 50.4) / 2) - y[1] + synaptic(events, t0, t, v) + dc) / 281;
            dy[1] = (4 * (v + 70.6) - y[1]) / 144;
        };
    }

    private static Reference.Rhs izhikevich(double dc, boolean events, double cm) {
        return (t0, t, y, dy) -> {
            double v = Math.min(y[0], 30);
            dy[0] = 0.04 * v * v + 5 * v + 140 - y[1] + (dc + synaptic(events, t0, t, v)) / cm;
            dy[1] = 0.02 * (0.2 * v - y[1]);
        };
    }

    private static void assertSecondOrder(String what, NeuronModel m, double dc, Reference.Run ref) {
        double e1 = Reference.maxError(engine(m, dc, true, 0.1, 100).samples(), ref.samples());
        double e2 = Reference.maxError(engine(m, dc, true, 0.05, 100).samples(), ref.samples());
        assertTrue(e1 < 0.01, what + ": max |V - V_ref| at dt 0.1 is " + e1 + " mV");
        assertTrue(e1 / e2 > 3, what + ": second order expected, error ratio dt 0.1 / 0.05 = " + e1 / e2);
    }

    private static void assertIntervals(String what, Reference.Run ref, Reference.Run run, int n, double tol) {
        assertTrue(ref.spikes().length > n && run.spikes().length > n, what + ": too few spikes");
        assertEquals(ref.spikes()[0], run.spikes()[0], tol, what + ": first spike");
        for (int k = 1; k <= n; k++) {
            double isiRef = ref.spikes()[k] - ref.spikes()[k - 1];
            double isiRun = run.spikes()[k] - run.spikes()[k - 1];
            assertEquals(isiRef, isiRun, tol, what + ": interval " + k);
        }
        double rate = Reference.rate(ref.spikes());
        assertEquals(rate, Reference.rate(run.spikes()), 0.01 * rate, what + ": rate");
    }

    @Test
    void conductanceLifSubthresholdIsSecondOrderAccurate() {
        LifConductanceModel m = new LifConductanceModel(200, 10, -70, -40, -70, 2, 0);
        Reference.Run ref = Reference.integrate(lif(150, true), new double[] {-70}, 0.001, 100, 1e9, y -> { }, 0, 0.1);
        assertSecondOrder("conductance LIF", m, 150, ref);
    }

    @Test
    void conductanceLifSpikesLikeTheReference() {
        LifConductanceModel m = new LifConductanceModel(200, 10, -70, -55, -65, 2, 0);
        Reference.Run ref = Reference.integrate(lif(400, false), new double[] {-70}, 0.001, 1000, -55, y -> y[0] = -65, 2, 0.1);
        Reference.Run run = engine(m, 400, false, 0.1, 1000);
        assertIntervals("conductance LIF", ref, run, 20, 0.25);
    }

    @Test
    void adexSubthresholdIsSecondOrderAccurate() {
        Reference.Run ref = Reference.integrate(adex(300, true), new double[] {-70.6, 0}, 0.001, 100, 0,
                y -> { }, 0, 0.1);
        assertSecondOrder("AdEx", ADEX, 300, ref);
    }

    @Test
    void adexAdaptingSpikeTrainMatchesTheReference() {
        Reference.Run ref = Reference.integrate(adex(1500, false), new double[] {-70.6, 0}, 0.001, 1000, 0,
                y -> { y[0] = -70.6; y[1] += 80.5; }, 0, 0.1);
        Reference.Run run = engine(ADEX, 1500, false, 0.1, 1000);
        assertIntervals("AdEx", ref, run, 6, 0.25);
        double[] t = run.spikes();
        assertTrue(t[9] - t[8] > 1.5 * (t[1] - t[0]), "the spike train adapts");
    }

    @Test
    void izhikevichSubthresholdIsSecondOrderAccurate() {
        Reference.Run ref = Reference.integrate(izhikevich(0, true, 1000), new double[] {-65, -13}, 0.001, 100, 30,
                y -> { }, 0, 0.1);
        assertSecondOrder("Izhikevich", IZH_SUB, 0, ref);
    }

    @Test
    void izhikevichSpikeTrainMatchesTheReference() {
        Reference.Run ref = Reference.integrate(izhikevich(1000, false, 100), new double[] {-65, -13}, 0.001, 1000, 30,
                y -> { y[0] = -65; y[1] += 8; }, 0, 0.1);
        Reference.Run run = engine(IZH, 1000, false, 0.1, 1000);
        assertIntervals("Izhikevich", ref, run, 10, 0.25);
    }
}
