package org.neurocircuit.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NetworkValidatorTest {

    private static final LifCurrentModel LIF = new LifCurrentModel(250, 10, -70, -55, -70, 2, 0);
    private static final Receptor EXC = Receptor.current(Receptor.Sign.EXCITATORY, 2);
    private static final SimulationSettings SETTINGS = new SimulationSettings(100, 0.1, 1, 1);

    private static NetworkBuilder twoPopulations() {
        NetworkBuilder b = NetworkBuilder.named("net");
        b.population("a", 10, LIF, InitialState.DEFAULT);
        b.population("b", 20, LIF, InitialState.DEFAULT);
        return b;
    }

    private static Projection projection(String name, ConnectionRule rule) {
        return Projection.of(name, 0, 1, rule, Distribution.constant(10), Distribution.constant(1), EXC);
    }

    private static String messages(InvalidNetworkException e) {
        return e.getMessage();
    }

    @Test
    void acceptsAValidNetwork() {
        NetworkBuilder b = twoPopulations();
        b.project(projection("ab", new ConnectionRule.FixedProbability(0.1)));
        b.record(new Recorder.Spikes("spikes", 0, null));
        NetworkDescription net = b.build();
        assertEquals(List.of(), NetworkValidator.validate(net, SETTINGS));
        assertEquals(30, net.neuronCount());
        assertEquals(10, net.offset(1));
    }

    @Test
    void namesTheElementAndTheFix() {
        NetworkBuilder b = twoPopulations();
        b.project(projection("ab", new ConnectionRule.FixedProbability(1.5)));
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals("projection 'ab'", p.element());
        assertTrue(p.message().contains("between 0 and 1"), p.message());
    }

    @Test
    void rejectsNonsenseEverywhere() {
        NetworkBuilder b = NetworkBuilder.named("net");
        b.population("a", 0, LIF, InitialState.DEFAULT);
        b.population("a", 5, new LifCurrentModel(-1, 10, -70, -55, -50, 2, 0), InitialState.DEFAULT);
        b.population("src", 5, new PoissonSourceModel(10), InitialState.DEFAULT);
        b.project(Projection.of("into_source", 1, 2, new ConnectionRule.AllToAll(),
                Distribution.constant(1), Distribution.constant(1), EXC));
        b.project(Projection.of("cond_on_cuba", 2, 1, new ConnectionRule.AllToAll(),
                Distribution.constant(1), Distribution.constant(1),
                Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0)));
        b.project(Projection.of("neg_weight", 2, 1, new ConnectionRule.OneToOne(),
                Distribution.Normal.of(1, 1), Distribution.constant(1), EXC));
        b.project(Projection.of("too_many", 1, 1, new ConnectionRule.FixedInDegree(10),
                Distribution.constant(1), Distribution.constant(1), EXC).withFlags(false, false));
        b.stimulus(new Stimulus.Dc("dc", List.of(7), 100, 10, 5));
        b.record(new Recorder.State("vr", 2, StateVariable.V, 0.1, null));
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        String m = messages(e);
        assertTrue(m.contains("population 'a': size must be at least 1"), m);
        assertTrue(m.contains("the name is used twice"), m);
        assertTrue(m.contains("capacitance C_m must be a positive number"), m);
        assertTrue(m.contains("reset potential V_reset (-50.0 mV) must be below threshold V_th (-55.0 mV)"), m);
        assertTrue(m.contains("projection 'into_source': targets population 'src', a Poisson source, which takes no input"), m);
        assertTrue(m.contains("projection 'cond_on_cuba': uses a conductance receptor"), m);
        assertTrue(m.contains("projection 'neg_weight': weights must be magnitudes"), m);
        assertTrue(m.contains("projection 'too_many': in-degree 10 exceeds the 4 distinct neurons"), m);
        assertTrue(m.contains("stimulus 'dc': stop (5.0 ms) must come after start (10.0 ms)"), m);
        assertTrue(m.contains("stimulus 'dc': target population index 7 does not exist"), m);
        assertTrue(m.contains("recorder 'vr': records 'v' but population 'src'"), m);
    }

    @Test
    void settingsAreCheckedAgainstTheNetwork() {
        NetworkBuilder b = twoPopulations();
        b.project(Projection.of("ab", 0, 1, new ConnectionRule.AllToAll(), Distribution.constant(1),
                new Distribution.Uniform(0.05, 2), EXC));
        b.record(new Recorder.State("v", 0, StateVariable.V, 0.25, null));
        NetworkDescription net = b.build();
        List<Problem> problems = NetworkValidator.validate(net, new SimulationSettings(100.05, 0.1, 1, 0));
        String all = problems.toString();
        assertTrue(all.contains("projection 'ab': the delay can be 0.05 ms, shorter than the time step 0.1 ms"), all);
        assertTrue(all.contains("settings: duration 100.05 ms is not a whole number of time steps"), all);
        assertTrue(all.contains("settings: threads must be between 1 and 1024"), all);
        assertTrue(all.contains("recorder 'v': interval 0.25 ms is not a whole number of time steps"), all);
    }

    @Test
    void stdpBoundsMustContainInitialWeights() {
        NetworkBuilder b = twoPopulations();
        b.project(projection("ab", new ConnectionRule.OneToOne()).withPlasticity(new Plasticity.Stdp(
                20, 20, 0.1, 0.1, 0, 5, Plasticity.StdpUpdate.ADDITIVE, Plasticity.Pairing.ALL_TO_ALL)));
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertTrue(e.getMessage().contains("one-to-one needs equal sizes"), e.getMessage());
        assertTrue(e.getMessage().contains("initial weights can lie outside the STDP bounds [0.0, 5.0]"), e.getMessage());
    }

    @Test
    void distanceRulesNeedLayouts() {
        NetworkBuilder b = twoPopulations();
        b.project(projection("ab", new ConnectionRule.DistanceDependent(0.5, 100, 300)));
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertTrue(e.getMessage().contains("population 'a' has no layout"), e.getMessage());
    }

    @Test
    void deltaReceptorsNeedACurrentCouplingAndAMembranePotential() {
        NetworkBuilder ok = twoPopulations();
        ok.project(Projection.of("jump", 0, 1, new ConnectionRule.AllToAll(), Distribution.constant(0.2),
                Distribution.constant(1), Receptor.delta(Receptor.Sign.INHIBITORY)));
        assertEquals(List.of(), NetworkValidator.validate(ok.build(), SETTINGS), "tau_syn NaN is fine for a jump");

        NetworkBuilder b = twoPopulations();
        b.population("rates", 5, new RateUnitModel(10, 1, 0, 100, 0), InitialState.DEFAULT);
        b.project(Projection.of("cond_jump", 0, 1, new ConnectionRule.AllToAll(), Distribution.constant(1),
                Distribution.constant(1), new Receptor(Receptor.Sign.EXCITATORY, Receptor.Coupling.CONDUCTANCE,
                        Receptor.Kinetics.DELTA, 5, 0)));
        b.project(Projection.of("rate_jump", 0, 2, new ConnectionRule.AllToAll(), Distribution.constant(-1),
                Distribution.constant(1), Receptor.delta(Receptor.Sign.EXCITATORY)));
        String m = assertThrows(InvalidNetworkException.class, b::build).getMessage();
        assertTrue(m.contains("projection 'cond_jump': uses delta kinetics on a conductance receptor"), m);
        assertTrue(m.contains("projection 'rate_jump': uses a delta receptor on population 'rates', a rate unit,"
                + " which has no membrane potential"), m);
        assertTrue(m.contains("weight can be -1.0"), m);
    }

    @Test
    void boundedTransferFunctionsNeedAFiniteMaximumRate() {
        NetworkBuilder b = NetworkBuilder.named("net");
        b.population("lin", 5, new RateUnitModel(10, 1, 0, Double.POSITIVE_INFINITY, 0,
                RateUnitModel.TransferFunction.LINEAR), InitialState.DEFAULT);
        b.population("sig", 5, new RateUnitModel(10, 1, 0, Double.POSITIVE_INFINITY, 0,
                RateUnitModel.TransferFunction.SIGMOID), InitialState.DEFAULT);
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("population 'sig'", e.problems().get(0).element());
        assertTrue(e.getMessage().contains("a sigmoid transfer function saturates at the maximum rate"), e.getMessage());
    }

    @Test
    void transferFunctionsHaveSlopeGainAtThresholdAndTheirRange() {
        double h = 1e-6;
        for (RateUnitModel.TransferFunction f : RateUnitModel.TransferFunction.values()) {
            double slope = (f.apply(h, 80) - f.apply(-h, 80)) / (2 * h);
            // threshold-linear has a kink at 0: its slope there is 1 from the right only
            double expected = f == RateUnitModel.TransferFunction.THRESHOLD_LINEAR ? 0.5 : 1;
            assertEquals(expected, slope, 1e-6, f.name());
        }
        assertEquals(40, RateUnitModel.TransferFunction.SIGMOID.apply(0, 80), 1e-12);
        assertEquals(80, RateUnitModel.TransferFunction.SIGMOID.apply(1e4, 80), 1e-9);
        assertEquals(-80, RateUnitModel.TransferFunction.TANH.apply(-1e4, 80), 1e-9);
        assertEquals(-80, RateUnitModel.TransferFunction.LINEAR.apply(-1e4, 80));
        assertEquals(0, RateUnitModel.TransferFunction.THRESHOLD_LINEAR.apply(-5, 80));
        assertEquals(-5, RateUnitModel.TransferFunction.LINEAR.apply(-5, Double.POSITIVE_INFINITY));
    }

    @Test
    void periodicDistanceRulesNeedOneTorus() {
        NetworkBuilder b = NetworkBuilder.named("net");
        b.population(new Population("a", 100, LIF, InitialState.DEFAULT, new Layout.Grid(10, 20, true)));
        b.population(new Population("b", 100, LIF, InitialState.DEFAULT, new Layout.RandomBox(200, 200, 0, true)));
        b.population(new Population("c", 100, LIF, InitialState.DEFAULT, new Layout.Grid(10, 20)));
        ConnectionRule rule = new ConnectionRule.DistanceDependent(ConnectionRule.Profile.EXPONENTIAL, 0.5, 30, 240);
        b.project(Projection.of("same_torus", 0, 1, rule, Distribution.constant(1), Distribution.constant(1), EXC));
        b.project(Projection.of("flat_to_torus", 2, 0, rule, Distribution.constant(1), Distribution.constant(1), EXC));
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("projection 'flat_to_torus'", e.problems().get(0).element());
        assertTrue(e.getMessage().contains("(periodic sides none) and 'a' (200.0 x 200.0 x 0.0 µm)"), e.getMessage());
        assertEquals(new Layout.Period(200, 200, 0), new Layout.Grid(10, 20, true).period(91), "rows = ceil(91 / 10)");
    }

    @Test
    void recordsAreImmutable() {
        double[][] times = {{1, 2}, {3}};
        SpikeTimesSourceModel m = new SpikeTimesSourceModel(times);
        times[0][0] = 99;
        assertEquals(1, m.timesOf(0)[0]);
        m.times()[0][0] = 99;
        assertEquals(1, m.timesOf(0)[0]);
        InitialState s = InitialState.DEFAULT.with(StateVariable.V, Distribution.constant(-65));
        assertEquals(Distribution.constant(-65), s.valueOf(StateVariable.V).orElseThrow());
        assertEquals(1, s.with(StateVariable.V, Distribution.constant(-60)).values().size());
    }
}
