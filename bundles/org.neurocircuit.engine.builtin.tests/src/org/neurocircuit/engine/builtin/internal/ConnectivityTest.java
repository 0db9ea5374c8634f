package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;

/** Connection rules produce what they promise, whatever the number of threads. */
class ConnectivityTest {

    private static final LifCurrentModel LIF = new LifCurrentModel(250, 20, -65, -50, -65, 2, 0);
    private static final Receptor EXC = Receptor.current(Receptor.Sign.EXCITATORY, 5);

    /** (source, target, weight, delay steps) of every synapse of the only projection. */
    private static Set<String> synapses(ConnectionRule rule, boolean autapses, boolean multapses, int threads,
            int[] inDegree, int[] outDegree, Layout layout) {
        NetworkBuilder b = NetworkBuilder.named("conn");
        int p = b.population(new Population("p", 300, LIF, InitialState.DEFAULT, layout));
        b.project(new Projection("pp", p, p, rule, autapses, multapses, new Distribution.Uniform(1, 2),
                new Distribution.Uniform(0.1, 5), EXC, org.neurocircuit.engine.network.Plasticity.NONE));
        BuiltinSession s = new BuiltinSession(RunRequest.of(b.build(), new SimulationSettings(1, 0.1, 7, threads)));
        s.prepare(RunMonitor.NONE);
        Set<String> out = new HashSet<>();
        int count = 0;
        for (SynapseBlock blk : s.compiled().projections[0].blocks) {
            for (int j = 0; j < 300; j++) {
                for (int k = blk.rowPtr[j]; k < blk.rowPtr[j + 1]; k++) {
                    int t = blk.tgt[k];
                    assertTrue(t >= blk.lo && t < blk.hi, "target in the block's range");
                    if (inDegree != null) {
                        inDegree[t]++;
                    }
                    if (outDegree != null) {
                        outDegree[j]++;
                    }
                    assertTrue(autapses || t != j, "no autapse");
                    out.add(j + ">" + t + ":" + blk.w[k] + ":" + blk.delay(k) + ":" + (count++ * 0));
                }
            }
        }
        assertEquals(count, s.compiled().synapses());
        return out;
    }

    @Test
    void degreesAreExactAndWithoutAutapsesOrMultapses() {
        int[] in = new int[300], out = new int[300];
        Set<String> a = synapses(new ConnectionRule.FixedInDegree(25), false, false, 1, in, null, Layout.NONE);
        assertEquals(300 * 25, a.size(), "no multapses");
        for (int d : in) {
            assertEquals(25, d);
        }
        a = synapses(new ConnectionRule.FixedOutDegree(40), false, false, 1, null, out, Layout.NONE);
        assertEquals(300 * 40, a.size());
        for (int d : out) {
            assertEquals(40, d);
        }
        a = synapses(new ConnectionRule.OneToOne(), true, true, 1, null, null, Layout.NONE);
        assertEquals(300, a.size());
        a = synapses(new ConnectionRule.AllToAll(), false, true, 1, null, null, Layout.NONE);
        assertEquals(300 * 299, a.size());
    }

    @Test
    void probabilityRuleHasTheExpectedCount() {
        Set<String> a = synapses(new ConnectionRule.FixedProbability(0.1), true, true, 1, null, null, Layout.NONE);
        double n = 300 * 300 * 0.1, sd = Math.sqrt(n * 0.9);
        assertEquals(n, a.size(), 4 * sd);
    }

    @Test
    void distanceRuleRespectsKernelAndCutoff() {
        Layout grid = new Layout.Grid(20, 10);
        Set<String> a = synapses(new ConnectionRule.DistanceDependent(1, 15, 25), false, true, 1, null, null, grid);
        for (String s : a) {
            String[] st = s.split("[>:]");
            int i = Integer.parseInt(st[0]), j = Integer.parseInt(st[1]);
            double dx = (i % 20 - j % 20) * 10.0, dy = (i / 20 - j / 20) * 10.0;
            assertTrue(Math.hypot(dx, dy) <= 25, "within the cutoff");
        }
        // each interior neuron: 4 neighbours at 10 µm (p 0.80), 4 at 14.1 (0.64), 4 at 20 (0.41), 8 at 22.4 (0.33)
        double expected = 4 * Math.exp(-100 / 450.0) + 4 * Math.exp(-200 / 450.0) + 4 * Math.exp(-400 / 450.0)
                + 8 * Math.exp(-500 / 450.0);
        assertEquals(expected * 300, a.size(), 0.15 * expected * 300, "edges reduce the count a little");
    }

    @Test
    void generationDoesNotDependOnThreads() {
        for (ConnectionRule r : new ConnectionRule[] {new ConnectionRule.FixedProbability(0.05),
                new ConnectionRule.FixedInDegree(10), new ConnectionRule.FixedOutDegree(10)}) {
            Set<String> one = synapses(r, true, true, 1, null, null, Layout.NONE);
            assertEquals(one, synapses(r, true, true, 3, null, null, Layout.NONE), r.describe());
        }
    }

    @Test
    void explicitListsKeepTheirWeightsAndDelays() {
        NetworkBuilder b = NetworkBuilder.named("explicit");
        int p = b.population("p", 5, LIF, InitialState.DEFAULT);
        b.project(Projection.of("pp", p, p, new ConnectionRule.Explicit(new int[] {4, 0, 4}, new int[] {1, 2, 3},
                new double[] {7, 8, 9}, new double[] {0.1, 2.5, 25.6}), Distribution.constant(1), Distribution.constant(1), EXC));
        BuiltinSession s = new BuiltinSession(RunRequest.of(b.build(), new SimulationSettings(1, 0.1, 7, 1)));
        s.prepare(RunMonitor.NONE);
        SynapseBlock blk = s.compiled().projections[0].blocks[0];
        assertEquals(0, blk.rowPtr[0]);
        assertEquals(1, blk.rowPtr[1]);
        assertEquals(3, blk.rowPtr[5]);
        assertEquals(2, blk.tgt[0]);
        assertEquals(8f, blk.w[0]);
        assertEquals(25, blk.delay(0));
        assertEquals(1, blk.tgt[1]);
        assertEquals(1, blk.delay(1));
        assertEquals(256, blk.delay(2));
    }
}
