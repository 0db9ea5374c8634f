package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/** Stimuli and sources against their defining formulas. */
class StimuliTest {

    private static final double C = 250, TAU = 10, DT = 0.1;
    private static final LifCurrentModel PASSIVE = new LifCurrentModel(C, TAU, 0, 1e6, -1, 0, 0);

    /** The exact discrete response of the passive membrane to a current held over each step. */
    private static double[] response(java.util.function.DoubleUnaryOperator current, int steps) {
        double p22 = Math.exp(-DT / TAU), p20 = -TAU / C * Math.expm1(-DT / TAU);
        double[] v = new double[steps + 1];
        for (int n = 0; n < steps; n++) {
            v[n + 1] = p22 * v[n] + p20 * current.applyAsDouble(n * DT);
        }
        return v;
    }

    private static double[] trace(Stimulus s, double duration) {
        NetworkBuilder b = NetworkBuilder.named("stim");
        b.population("n", 1, PASSIVE, InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(0)));
        b.stimulus(s);
        b.record(new Recorder.State("v", 0, StateVariable.V, DT, null));
        return Sim.run(b.build(), Sim.settings(duration, DT)).sink.trace(0, 0);
    }

    @Test
    void currentStimuliAreHeldOverEachStepWithinTheirWindow() {
        double[] v = trace(new Stimulus.Dc("dc", List.of(0), 200, 10, 30), 60);
        double[] e = response(t -> t >= 10 - 1e-9 && t < 30 - 1e-9 ? 200 : 0, 600);
        for (int k = 0; k < v.length; k++) {
            assertEquals(e[k], v[k], 1e-4, "dc at " + k * DT);
        }
        v = trace(new Stimulus.Step("step", List.of(0), new double[] {5, 20, 35}, new double[] {100, -50, 300}, 0, 50), 60);
        e = response(t -> t >= 50 - 1e-9 ? 0 : t >= 35 - 1e-9 ? 300 : t >= 20 - 1e-9 ? -50 : t >= 5 - 1e-9 ? 100 : 0, 600);
        for (int k = 0; k < v.length; k++) {
            assertEquals(e[k], v[k], 1e-4, "step at " + k * DT);
        }
        v = trace(new Stimulus.Sinusoid("sine", List.of(0), 50, 100, 40, 30, 0, 1e9), 60);
        e = response(t -> 50 + 100 * Math.sin(2 * Math.PI * 40 * t * 1e-3 + Math.toRadians(30)), 600);
        for (int k = 0; k < v.length; k++) {
            assertEquals(e[k], v[k], 1e-4, "sinusoid at " + k * DT);
        }
    }

    @Test
    void noiseGivesTheStationaryMeanAndVariance() {
        NetworkBuilder b = NetworkBuilder.named("noise");
        b.population("n", 4000, PASSIVE, InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(0)));
        b.stimulus(new Stimulus.Noise("noise", List.of(0), 100, 500, 0, 1e9));
        b.record(new Recorder.State("v", 0, StateVariable.V, 100, null));
        float[] v = Sim.run(b.build(), Sim.settings(100, DT)).sink.samples.get(0).get(1);
        double mean = 0, var = 0;
        for (float x : v) {
            mean += x / v.length;
        }
        for (float x : v) {
            var += (x - mean) * (x - mean) / (v.length - 1);
        }
        double p22 = Math.exp(-DT / TAU), p20 = -TAU / C * Math.expm1(-DT / TAU);
        assertEquals(TAU / C * 100 * (1 - Math.exp(-10)), mean, 0.05);
        double expectedVar = p20 * p20 * 500 * 500 / (1 - p22 * p22);
        assertEquals(expectedVar, var, 0.08 * expectedVar);
    }

    @Test
    void poissonInputGivesCampbellsMeanAndVariance() {
        double rate = 2000, w = 10, tau = 5;
        NetworkBuilder b = NetworkBuilder.named("poisson");
        b.population("n", 2000, PASSIVE, InitialState.DEFAULT);
        b.stimulus(new Stimulus.Poisson("in", List.of(0), rate, w, Receptor.current(Receptor.Sign.EXCITATORY, tau), 0, 1e9));
        b.record(new Recorder.State("i", 0, StateVariable.SYN_EXC, 50, null));
        float[] y = Sim.run(b.build(), Sim.settings(100, DT)).sink.samples.get(0).get(2);
        double mean = 0, var = 0;
        for (float x : y) {
            mean += x / y.length;
        }
        for (float x : y) {
            var += (x - mean) * (x - mean) / (y.length - 1);
        }
        // shot noise sampled at step ends: mean r w h / (1 - e^(-h/tau)), variance r h w^2 / (1 - e^(-2h/tau))
        double r = rate * 1e-3;
        assertEquals(r * w * DT / -Math.expm1(-DT / tau), mean, 0.02 * mean);
        double expectedVar = r * DT * w * w / -Math.expm1(-2 * DT / tau);
        assertEquals(expectedVar, var, 0.08 * expectedVar);
    }

    @Test
    void poissonSourcesAndRateUnitsFireAtTheirRate() {
        NetworkBuilder b = NetworkBuilder.named("rates");
        int src = b.population("src", 1000, new PoissonSourceModel(40), InitialState.DEFAULT);
        int rate = b.population("rate", 1000, new RateUnitModel(10, 0.1, 100, 500, 0), InitialState.DEFAULT);
        b.stimulus(new Stimulus.Dc("drive", List.of(rate), 400, 0, 1e9));
        b.record(new Recorder.Spikes("s", src, null));
        b.record(new Recorder.Spikes("r", rate, null));
        b.record(new Recorder.State("rr", rate, StateVariable.RATE, 1000, new int[] {0}));
        b.record(new Recorder.Rate("pop", src, 100));
        Sim sim = Sim.run(b.build(), Sim.settings(1000, DT));
        double p = -Math.expm1(-40 * DT * 1e-3);
        assertEquals(p / (DT * 1e-3), sim.sink.neurons(0).length / 1000.0, 0.03 * 40);
        // rate unit: r = gain (I - theta) = 0.1 (400 - 100) = 30 Hz, reached after a few tau
        assertEquals(30, sim.sink.trace(2, 0)[1], 1e-3);
        assertEquals(30, sim.sink.neurons(1).length / 1000.0, 0.05 * 30);
        double meanBinned = sim.sink.rates.get(3).stream().mapToDouble(Float::doubleValue).average().orElseThrow();
        assertEquals(sim.sink.neurons(0).length / 1000.0, meanBinned, 1e-3);
    }
}
