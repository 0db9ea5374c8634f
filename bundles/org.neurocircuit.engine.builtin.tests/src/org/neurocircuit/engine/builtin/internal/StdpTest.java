package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
import org.neurocircuit.engine.network.Stimulus;

/**
 * Pair-based STDP against the analytic pair window, with {@code dt = t_post - (t_pre + delay)}
 * measured from the recorded spike times.
 */
class StdpTest {

    private static final double TAU_P = 16.8, TAU_M = 33.7, A_P = 0.01, A_M = 0.012, W0 = 0.5;
    private static final Receptor EXC = Receptor.current(Receptor.Sign.EXCITATORY, 2);
    /** A fast receptor and a long refractory period: one strong event gives exactly one spike. */
    private static final Receptor FORCE = Receptor.current(Receptor.Sign.EXCITATORY, 0.5);
    private static final LifCurrentModel LIF = new LifCurrentModel(250, 10, -70, -55, -70, 15, 0);

    private record Result(float[] weights, double[][] pre, double[][] post) {
    }

    /**
     * K pre sources (spike times given) onto K LIF neurons forced to spike at the given times
     * by strong input; one-to-one STDP synapses with the given per-pair delays.
     */
    private static Result run(double[][] preTimes, double[] postDrive, double[] delays,
            Plasticity.StdpUpdate update, Plasticity.Pairing pairing) {
        int k = preTimes.length;
        NetworkBuilder b = NetworkBuilder.named("stdp");
        int pre = b.population("pre", k, new SpikeTimesSourceModel(preTimes), InitialState.DEFAULT);
        int post = b.population("post", k, LIF, InitialState.DEFAULT);
        int[] idx = java.util.stream.IntStream.range(0, k).toArray();
        b.project(new Projection("syn", pre, post, new ConnectionRule.Explicit(idx, idx, null, delays), true, true,
                Distribution.constant(W0), Distribution.constant(1), EXC,
                new Plasticity.Stdp(TAU_P, TAU_M, A_P, A_M, 0, 1, update, pairing)));
        b.stimulus(new Stimulus.SpikeTimes("force", List.of(post), postDrive, 1e5, FORCE, 0, 1e9));
        b.record(new Recorder.Spikes("pre_spikes", pre, null));
        b.record(new Recorder.Spikes("post_spikes", post, null));
        Sim sim = Sim.run(b.build(), Sim.settings(400, 0.1));
        double[][] pr = new double[k][], po = new double[k][];
        for (int i = 0; i < k; i++) {
            pr[i] = sim.sink.timesOf(0, i);
            po[i] = sim.sink.timesOf(1, k + i);
        }
        return new Result(sim.session.weights("syn"), pr, po);
    }

    private static double window(double dt, Plasticity.StdpUpdate update, double w) {
        boolean add = update == Plasticity.StdpUpdate.ADDITIVE;
        return dt >= 0 ? A_P * Math.exp(-dt / TAU_P) * (add ? 1 : 1 - w) : -A_M * Math.exp(dt / TAU_M) * (add ? 1 : w);
    }

    @Test
    void singlePairsFollowTheWindowWithTheirOwnDelays() {
        double[] shifts = {-60, -25, -8, -2.3, -0.1, 0, 0.1, 2.3, 8, 25, 60};
        double[][] pre = new double[shifts.length][];
        double[] delays = new double[shifts.length];
        for (int i = 0; i < shifts.length; i++) {
            delays[i] = 0.1 * (1 + i % 4 * 7); // 0.1 to 2.2 ms
            // post spikes at 100.1 ms (driven at 100): choose t_pre so that dt = shift
            pre[i] = new double[] {100.1 - delays[i] - shifts[i]};
        }
        for (Plasticity.StdpUpdate u : Plasticity.StdpUpdate.values()) {
            Result r = run(pre, new double[] {100}, delays, u, Plasticity.Pairing.ALL_TO_ALL);
            for (int i = 0; i < shifts.length; i++) {
                assertEquals(1, r.post()[i].length, "one postsynaptic spike");
                double tPost = r.post()[i][0], tPre = r.pre()[i][0];
                assertEquals(100.1, tPost, 1e-9);
                double dt = tPost - (tPre + Math.round(delays[i] / 0.1) * 0.1);
                assertEquals(shifts[i], dt, 1e-9, "pair " + i);
                assertEquals(window(dt, u, W0), r.weights()[i] - W0, 2e-7, u + " pair " + i + ", dt " + dt);
            }
        }
    }

    @Test
    void allToAllSumsEveryPair() {
        double[][] pre = {{20, 47.5, 80, 130}, {60, 61, 62}};
        double[] post = {50, 70, 100};
        double[] delays = {1.5, 3};
        Result r = run(pre, post, delays, Plasticity.StdpUpdate.ADDITIVE, Plasticity.Pairing.ALL_TO_ALL);
        assertEquals(3, r.post()[0].length);
        for (int i = 0; i < pre.length; i++) {
            double expected = 0;
            for (double tp : r.pre()[i]) {
                for (double tq : r.post()[i]) {
                    expected += window(tq - (tp + delays[i]), Plasticity.StdpUpdate.ADDITIVE, W0);
                }
            }
            assertEquals(expected, r.weights()[i] - W0, 1e-6, "synapse " + i);
        }
    }

    @Test
    void nearestNeighbourPairsOnlyAdjacentSpikes() {
        double[][] pre = {{20, 47.5, 80, 130}, {60, 61, 62}};
        double[] post = {50, 70, 100};
        double[] delays = {1.5, 3};
        Result r = run(pre, post, delays, Plasticity.StdpUpdate.ADDITIVE, Plasticity.Pairing.NEAREST);
        for (int i = 0; i < pre.length; i++) {
            final double d = delays[i];
            double[] arrivals = java.util.Arrays.stream(r.pre()[i]).map(t -> t + d).toArray();
            double expected = 0;
            for (double tq : r.post()[i]) { // each post pairs with the latest arrival at or before it
                double last = Double.NaN;
                for (double ta : arrivals) {
                    if (ta <= tq + 1e-9) {
                        last = ta;
                    }
                }
                if (!Double.isNaN(last)) {
                    expected += window(tq - last, Plasticity.StdpUpdate.ADDITIVE, W0);
                }
            }
            for (double ta : arrivals) { // each arrival pairs with the latest post strictly before it
                double last = Double.NaN;
                for (double tq : r.post()[i]) {
                    if (tq < ta - 1e-9) {
                        last = tq;
                    }
                }
                if (!Double.isNaN(last)) {
                    expected += window(last - ta, Plasticity.StdpUpdate.ADDITIVE, W0);
                }
            }
            assertEquals(expected, r.weights()[i] - W0, 1e-6, "synapse " + i);
        }
    }

    @Test
    void weightsStayWithinTheirBounds() {
        double[][] pre = new double[1][60];
        double[] post = new double[60];
        for (int i = 0; i < 60; i++) {
            pre[0][i] = 10 + 20 * i;
            post[i] = 12 + 20 * i;
        }
        NetworkBuilder b = NetworkBuilder.named("bounds");
        int p = b.population("pre", 1, new SpikeTimesSourceModel(pre), InitialState.DEFAULT);
        int q = b.population("post", 1, LIF, InitialState.DEFAULT);
        b.project(new Projection("syn", p, q, new ConnectionRule.OneToOne(), true, true, Distribution.constant(0.9),
                Distribution.constant(1), EXC, new Plasticity.Stdp(TAU_P, TAU_M, 0.05, 0.0, 0, 1,
                        Plasticity.StdpUpdate.ADDITIVE, Plasticity.Pairing.ALL_TO_ALL)));
        b.stimulus(new Stimulus.SpikeTimes("force", List.of(q), post, 1e5, FORCE, 0, 1e9));
        Sim sim = Sim.run(b.build(), Sim.settings(1300, 0.1));
        assertEquals(1.0f, sim.session.weights("syn")[0]);
    }
}
