package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/** The same seed gives bit-identical results for 1, 2 and 4 threads. */
class DeterminismTest {

    private static NetworkDescription mixed() {
        Receptor ce = Receptor.current(Receptor.Sign.EXCITATORY, 5);
        Receptor ci = Receptor.current(Receptor.Sign.INHIBITORY, 10).withKinetics(Receptor.Kinetics.ALPHA);
        Receptor ge = Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0);
        NetworkBuilder b = NetworkBuilder.named("mixed");
        int e = b.population("e", 700, new LifCurrentModel(250, 20, -65, -50, -65, 2, 0),
                InitialState.DEFAULT.with(StateVariable.V, new Distribution.Uniform(-65, -50)));
        int i = b.population("i", 203, new LifConductanceModel(200, 10, -65, -50, -60, 2, 0), InitialState.DEFAULT);
        int a = b.population("a", 61, new AdExModel(281, 30, -70.6, -50.4, 2, 0, -70.6, 4, 20, 144, 1, 0), InitialState.DEFAULT);
        int src = b.population("src", 100, new PoissonSourceModel(20), InitialState.DEFAULT);
        Distribution delays = new Distribution.Uniform(0.1, 3);
        b.project(Projection.of("ee", e, e, new ConnectionRule.FixedProbability(0.05), new Distribution.Uniform(20, 60), delays, ce)
                .withPlasticity(new Plasticity.Stdp(20, 20, 1, 1.05, 0, 100, Plasticity.StdpUpdate.ADDITIVE, Plasticity.Pairing.ALL_TO_ALL)));
        b.project(Projection.of("ei", e, i, new ConnectionRule.FixedInDegree(30), Distribution.constant(2), delays, ge));
        b.project(Projection.of("ie", i, e, new ConnectionRule.FixedOutDegree(40), new Distribution.Normal(60, 10, 0, 200),
                Distribution.constant(1), ci).withPlasticity(new Plasticity.TsodyksMarkram(0.3, 100, 50)));
        b.project(Projection.of("se", src, e, new ConnectionRule.FixedProbability(0.1), Distribution.constant(30),
                Distribution.constant(0.5), ce));
        b.project(Projection.of("ea", e, a, new ConnectionRule.FixedProbability(0.1), Distribution.constant(1.5),
                new Distribution.LogNormal(0, 0.5), ge).withPlasticity(new Plasticity.Stdp(20, 20, 0.01, 0.01, 0, 3,
                Plasticity.StdpUpdate.MULTIPLICATIVE, Plasticity.Pairing.NEAREST)));
        b.project(Projection.of("ia", i, a, new ConnectionRule.FixedProbability(0.1), Distribution.constant(0.5), delays,
                Receptor.delta(Receptor.Sign.INHIBITORY)));
        b.stimulus(new Stimulus.Poisson("drive", List.of(e, i), 800, 20, ce, 0, 250));
        // dense (0.5 events per step) voltage jumps, starting and stopping within a step
        b.stimulus(new Stimulus.Poisson("kicks", List.of(e), 5000, 0.05, Receptor.delta(Receptor.Sign.EXCITATORY),
                20.05, 280.05));
        b.stimulus(new Stimulus.Poisson("drive_i", List.of(i), 500, 1, ge, 50, 300));
        b.stimulus(new Stimulus.Noise("noise", List.of(e, a), 100, 200, 0, 300));
        b.stimulus(new Stimulus.Sinusoid("sine", List.of(a), 300, 200, 8, 0, 0, 300));
        b.record(new Recorder.Spikes("all_e", e, null));
        b.record(new Recorder.Spikes("all_i", i, null));
        b.record(new Recorder.Spikes("all_a", a, null));
        b.record(new Recorder.State("v_e", e, StateVariable.V, 1, new int[] {0, 5, 699}));
        b.record(new Recorder.Rate("rate_i", i, 5));
        return b.build();
    }

    @Test
    void spikesAreBitIdenticalFor1And2And4Threads() {
        NetworkDescription net = mixed();
        Sim one = Sim.run(net, new SimulationSettings(300, 0.1, 42, 1));
        assertTrue(one.summary.spikes() > 3000, "the network is active: " + one.summary.spikes());
        for (int threads : new int[] {2, 4}) {
            Sim many = Sim.run(net, new SimulationSettings(300, 0.1, 42, threads));
            for (int ch = 0; ch < 3; ch++) {
                assertArrayEquals(one.sink.neurons(ch), many.sink.neurons(ch), threads + " threads, channel " + ch);
                assertArrayEquals(one.sink.steps(ch), many.sink.steps(ch), threads + " threads, channel " + ch);
            }
            for (int col = 0; col < 3; col++) {
                assertArrayEquals(one.sink.trace(3, col), many.sink.trace(3, col), threads + " threads, V column " + col);
            }
            assertEquals(one.sink.rates.get(4), many.sink.rates.get(4));
            for (String p : List.of("ee", "ea")) {
                float[] w1 = one.session.weights(p), wn = many.session.weights(p);
                Arrays.sort(w1);
                Arrays.sort(wn);
                assertArrayEquals(w1, wn, threads + " threads, weights of " + p);
            }
            assertEquals(one.built.synapses(), many.built.synapses());
            assertEquals(one.summary.synapticEvents(), many.summary.synapticEvents());
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        NetworkDescription net = mixed();
        Sim a = Sim.run(net, new SimulationSettings(100, 0.1, 1, 1));
        Sim b = Sim.run(net, new SimulationSettings(100, 0.1, 2, 1));
        assertTrue(!Arrays.equals(a.sink.steps(0), b.sink.steps(0)));
    }
}
