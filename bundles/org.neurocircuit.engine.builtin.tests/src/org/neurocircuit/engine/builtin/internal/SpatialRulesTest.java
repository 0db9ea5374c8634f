package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;

/** Distance-dependent rules: both profiles, and distances on the torus of periodic layouts. */
class SpatialRulesTest {

    private static final LifCurrentModel LIF = new LifCurrentModel(250, 20, -65, -50, -65, 2, 0);
    private static final int COLUMNS = 20;
    private static final int ROWS = 15;
    private static final double SPACING = 10;

    /** The "source>target" pairs of a grid's projection onto itself (no autapses), generated with the given threads. */
    private static Set<String> pairs(ConnectionRule rule, boolean periodic, int threads) {
        NetworkBuilder b = NetworkBuilder.named("space");
        int p = b.population(new Population("p", COLUMNS * ROWS, LIF, InitialState.DEFAULT,
                new Layout.Grid(COLUMNS, SPACING, periodic)));
        b.project(new Projection("pp", p, p, rule, false, true, Distribution.constant(1), Distribution.constant(1),
                Receptor.current(Receptor.Sign.EXCITATORY, 5), Plasticity.NONE));
        try (BuiltinSession s = new BuiltinSession(RunRequest.of(b.build(), new SimulationSettings(1, 0.1, 5, threads)))) {
            s.prepare(RunMonitor.NONE);
            Set<String> out = new HashSet<>();
            for (SynapseBlock blk : s.compiled().projections[0].blocks) {
                for (int j = 0; j < COLUMNS * ROWS; j++) {
                    for (int k = blk.rowPtr[j]; k < blk.rowPtr[j + 1]; k++) {
                        out.add(j + ">" + blk.tgt[k]);
                    }
                }
            }
            return out;
        }
    }

    /** Grid distance of two neurons, µm, on the torus when periodic. */
    private static double distance(int i, int j, boolean periodic) {
        double dx = Math.abs(i % COLUMNS - j % COLUMNS) * SPACING;
        double dy = Math.abs(i / COLUMNS - j / COLUMNS) * SPACING;
        if (periodic) {
            dx = Math.min(dx, COLUMNS * SPACING - dx);
            dy = Math.min(dy, ROWS * SPACING - dy);
        }
        return Math.hypot(dx, dy);
    }

    @Test
    void onATorusEveryNeuronHasItsFourNearestNeighboursAcrossTheEdges() {
        // an (almost) flat kernel cut just beyond one spacing: exactly the four nearest neighbours
        ConnectionRule nearest = new ConnectionRule.DistanceDependent(1, 1e9, 1.05 * SPACING);
        Set<String> torus = pairs(nearest, true, 1);
        assertEquals(4 * COLUMNS * ROWS, torus.size(), "no edges on a torus");
        for (String pair : torus) {
            String[] ij = pair.split(">");
            assertEquals(SPACING, distance(Integer.parseInt(ij[0]), Integer.parseInt(ij[1]), true), 1e-9, pair);
        }
        assertEquals(true, torus.contains("0>" + (COLUMNS - 1)), "the first and last column are neighbours");
        assertEquals(true, torus.contains("0>" + (ROWS - 1) * COLUMNS), "and so are the first and last row");
        // a flat sheet loses the links across its border: 2 (R (C-1) + C) directed pairs
        assertEquals(2 * (ROWS * (COLUMNS - 1) + COLUMNS * (ROWS - 1)), pairs(nearest, false, 1).size());
    }

    @Test
    void exponentialAndGaussianProfilesConnectAsManyPairsAsTheyPromise() {
        for (ConnectionRule.Profile profile : ConnectionRule.Profile.values()) {
            for (boolean periodic : new boolean[] {false, true}) {
                ConnectionRule.DistanceDependent rule = new ConnectionRule.DistanceDependent(profile, 0.8, 15,
                        profile.sigmasAt(8) * 15);
                double mean = 0;
                double variance = 0;
                for (int i = 0; i < COLUMNS * ROWS; i++) {
                    for (int j = 0; j < COLUMNS * ROWS; j++) {
                        if (i != j) {
                            double p = rule.probability(distance(i, j, periodic));
                            mean += p;
                            variance += p * (1 - p);
                        }
                    }
                }
                String what = profile + (periodic ? " on a torus" : " on a sheet");
                assertEquals(mean, pairs(rule, periodic, 1).size(), 4 * Math.sqrt(variance), what);
            }
        }
    }

    @Test
    void periodicGenerationDoesNotDependOnThreads() {
        ConnectionRule rule = new ConnectionRule.DistanceDependent(ConnectionRule.Profile.EXPONENTIAL, 0.5, 20, 160);
        assertEquals(pairs(rule, true, 1), pairs(rule, true, 3));
    }
}
