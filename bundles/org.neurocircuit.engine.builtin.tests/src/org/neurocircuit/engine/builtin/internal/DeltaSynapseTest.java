package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.NeuronModel;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;

/**
 * Delta synapses as NEST's {@code iaf_psc_delta} without refractory input: an event arriving in
 * step n moves V by its weight at the end of step n, after the step's integration and before the
 * threshold test; refractory neurons discard it.
 */
class DeltaSynapseTest {

    private static final double E_L = -70, TAU_M = 20, DT = 0.1;
    private static final LifCurrentModel LIF = new LifCurrentModel(250, TAU_M, E_L, -55, E_L, 2, 0);
    private static final Receptor EXC = Receptor.delta(Receptor.Sign.EXCITATORY);
    private static final Receptor INH = Receptor.delta(Receptor.Sign.INHIBITORY);
    private static final InitialState AT_REST = InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(E_L));

    /** V of one LIF neuron, sampled every step, receiving events of weight w at the given times. */
    private static Sim run(Receptor r, double w, double... times) {
        NetworkBuilder b = NetworkBuilder.named("jump");
        int p = b.population("n", 1, LIF, AT_REST);
        b.stimulus(new Stimulus.SpikeTimes("in", List.of(p), times, w, r, 0, Double.POSITIVE_INFINITY));
        b.record(new Recorder.State("v", p, StateVariable.V, DT, null));
        b.record(new Recorder.Spikes("s", p, null));
        return Sim.run(b.build(), Sim.settings(40, DT));
    }

    @Test
    void aJumpMovesVByItsWeightAtTheEndOfItsStepThenDecaysExactly() {
        for (Receptor r : List.of(EXC, INH)) {
            double sign = r == EXC ? 1 : -1;
            double[] v = run(r, 4, 10).sink.trace(0, 0);
            for (int k = 0; k < v.length; k++) {
                double s = k * DT - 10;
                double expected = E_L + (s < -1e-9 ? 0 : sign * 4 * Math.exp(-s / TAU_M));
                assertEquals(expected, v[k], 1e-4, r.describe() + " at t = " + k * DT);
            }
        }
    }

    @Test
    void jumpsArriveOneDelayAfterTheSpike() {
        NetworkBuilder b = NetworkBuilder.named("delayed");
        int src = b.population("src", 1, new SpikeTimesSourceModel(new double[][] {{5}}), InitialState.DEFAULT);
        int p = b.population("n", 1, LIF, AT_REST);
        b.project(Projection.of("pn", src, p, new ConnectionRule.AllToAll(), Distribution.constant(3),
                Distribution.constant(2), EXC));
        b.record(new Recorder.State("v", p, StateVariable.V, DT, null));
        double[] v = Sim.run(b.build(), Sim.settings(20, DT)).sink.trace(0, 0);
        // the spike carries 5.0 ms; the jump lands 2.0 ms later, at the end of the step ending at 7.0 ms
        assertEquals(E_L, v[69], 1e-5);
        assertEquals(E_L + 3, v[70], 1e-5);
    }

    @Test
    void aJumpAcrossThresholdFiresAtOnceAndRefractoryNeuronsDiscardJumps() {
        // 20 mV at 10 ms crosses V_th = -55 mV: a spike stamped 10.0 ms, refractory over (10, 12] ms
        Sim sim = run(EXC, 20, 10);
        assertArrayEquals(new int[] {100}, sim.sink.steps(1), "fires in the very step of the jump");
        NetworkBuilder b = NetworkBuilder.named("refractory");
        int p = b.population("n", 1, LIF, AT_REST);
        b.stimulus(new Stimulus.SpikeTimes("kick", List.of(p), new double[] {10}, 20, EXC, 0, Double.POSITIVE_INFINITY));
        // 11.0 and 12.0 ms arrive while refractory and are lost; 12.1 ms arrives after
        b.stimulus(new Stimulus.SpikeTimes("probe", List.of(p), new double[] {11, 12, 12.1}, 5, EXC, 0,
                Double.POSITIVE_INFINITY));
        b.record(new Recorder.State("v", p, StateVariable.V, DT, null));
        double[] v = Sim.run(b.build(), Sim.settings(20, DT)).sink.trace(0, 0);
        assertEquals(E_L, v[110], 1e-5, "held at reset, jump discarded");
        assertEquals(E_L, v[120], 1e-5, "the last refractory step discards its jump too");
        assertEquals(E_L + 5, v[121], 1e-5, "free again");
    }

    @Test
    void everyMembraneModelTakesTheJumpBeforeItsSpikeTest() {
        List<NeuronModel> models = List.of(LIF, new LifConductanceModel(250, 16.7, E_L, -55, -60, 2, 0),
                new AdExModel(281, 30, -70.6, -50.4, 2, 0, -60, 4, 80.5, 144, 2, 0),
                new IzhikevichModel(0.02, 0.2, -65, 8, 30, 1, 0));
        for (NeuronModel model : models) {
            NetworkBuilder b = NetworkBuilder.named("models");
            int kicked = b.population("kicked", 1, model, InitialState.DEFAULT);
            int quiet = b.population("quiet", 1, model, InitialState.DEFAULT);
            b.stimulus(new Stimulus.SpikeTimes("in", List.of(kicked), new double[] {10}, 1.5, INH, 0,
                    Double.POSITIVE_INFINITY));
            b.record(new Recorder.State("vk", kicked, StateVariable.V, DT, null));
            b.record(new Recorder.State("vq", quiet, StateVariable.V, DT, null));
            Sim sim = Sim.run(b.build(), Sim.settings(12, DT));
            double[] vk = sim.sink.trace(0, 0), vq = sim.sink.trace(1, 0);
            assertEquals(vq[99], vk[99], 1e-6, model.kind() + " before the jump");
            assertEquals(-1.5, vk[100] - vq[100], 1e-4, model.kind() + " at the end of the jump's step");
        }
    }

    /**
     * Poisson jumps of 0.1 mV at 58 kHz and -0.5 mV at 9.5 kHz: the input a neuron of Brunel's AI
     * network would get if its inputs were Poisson, mean 21.0 mV and sd 7.68 mV above E_L for
     * tau_m = 20 ms. The diffusion approximation (Brunel 2000, stationary rate and CV of the LIF
     * neuron, threshold 20 mV and reset 10 mV above rest, 2 ms refractory) gives 37.95 Hz and CV
     * 0.675; the finite jumps, which it neglects, lower the rate by a few %.
     */
    @Test
    void poissonJumpsDriveTheNeuronAsTheDiffusionApproximationPredicts() {
        NetworkBuilder b = NetworkBuilder.named("diffusion");
        int p = b.population("n", 500, new LifCurrentModel(250, TAU_M, E_L, E_L + 20, E_L + 10, 2, 0),
                InitialState.DEFAULT.with(StateVariable.V, new Distribution.Uniform(E_L, E_L + 20)));
        b.stimulus(new Stimulus.Poisson("e", List.of(p), 58_000, 0.1, EXC, 0, Double.POSITIVE_INFINITY));
        b.stimulus(new Stimulus.Poisson("i", List.of(p), 9_500, 0.5, INH, 0, Double.POSITIVE_INFINITY));
        b.record(new Recorder.Spikes("s", p, null));
        Sim sim = Sim.run(b.build(), Sim.settings(4200, DT));
        int[] neurons = sim.sink.neurons(0), steps = sim.sink.steps(0);
        double[] last = new double[500], sum = new double[500], sum2 = new double[500];
        int[] isis = new int[500];
        java.util.Arrays.fill(last, Double.NaN);
        long counted = 0;
        for (int k = 0; k < neurons.length; k++) {
            double t = steps[k] * DT;
            if (t <= 200) {
                continue; // the start from a uniform V
            }
            int i = neurons[k];
            counted++;
            if (!Double.isNaN(last[i])) {
                double isi = t - last[i];
                sum[i] += isi;
                sum2[i] += isi * isi;
                isis[i]++;
            }
            last[i] = t;
        }
        double cv = 0;
        for (int i = 0; i < 500; i++) {
            double mean = sum[i] / isis[i];
            cv += Math.sqrt(sum2[i] / isis[i] - mean * mean) / mean / 500;
        }
        assertEquals(37.95, counted / 500.0 / 4.0, 0.08 * 37.95, "rate (Hz)");
        assertEquals(0.675, cv, 0.05, "CV of ISI");
    }

    @Test
    void deltaReceptorsHoldNoStateAndTheEstimateCoversThem() {
        NetworkBuilder b = NetworkBuilder.named("sparse");
        int e = b.population("e", 2000, LIF, InitialState.DEFAULT);
        int i = b.population("i", 500, LIF, InitialState.DEFAULT);
        for (int target : new int[] {e, i}) {
            b.project(new Projection("e" + target, e, target, new ConnectionRule.FixedInDegree(100), false, false,
                    Distribution.constant(0.1), Distribution.constant(1.5), EXC,
                    org.neurocircuit.engine.network.Plasticity.NONE));
            b.project(new Projection("i" + target, i, target, new ConnectionRule.FixedInDegree(25), false, false,
                    Distribution.constant(0.5), new Distribution.Uniform(1, 3), INH,
                    org.neurocircuit.engine.network.Plasticity.NONE));
        }
        NetworkDescription net = b.build();
        try (BuiltinSession s = new BuiltinSession(RunRequest.of(net, new SimulationSettings(10, DT, 1, 2)))) {
            MemoryEstimate estimate = s.estimateMemory();
            NetworkSummary built = s.prepare(RunMonitor.NONE);
            Kernel k = s.compiled().kernels[e];
            assertEquals(0, k.channels.length, "no receptor with a time course");
            assertEquals(2, k.deltas.length);
            assertNull(k.deltas[0].y, "a jump keeps no state");
            assertEquals(31, k.deltas[1].slots, "inhibitory delays up to 3 ms: 30 steps ahead and the current one");
            assertTrue(estimate.bytes() >= built.totalBytes(), estimate.bytes() + " < " + built.totalBytes());
            // the estimate adds the transient of generating the largest projection, as MemoryTest allows
            assertTrue(estimate.bytes() < 4 * built.totalBytes(), estimate.bytes() + " vs " + built.totalBytes());
        }
    }
}
