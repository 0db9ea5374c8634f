package org.neurocircuit.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;

class CircuitCostTest {

    private final CostCircuits c = new CostCircuits();

    private CostReport cost() {
        return CircuitCost.of(c.circuit, new BackendRegistry(message -> { }));
    }

    private double only() {
        CostReport report = cost();
        assertTrue(report.complete(), () -> report.uncounted().toString());
        assertEquals(1, report.projections().size());
        return report.projections().get(0).expected();
    }

    @Test
    void allToAllCountsEveryPairAndDropsAutapsesOnlyWhenForbidden() {
        Population a = c.population("a", 10);
        Population b = c.population("b", 20);
        c.connect("ab", a, b, CostCircuits.F.createAllToAll());
        assertEquals(200, only());
        c.circuit.getProjections().clear();
        Projection aa = c.connect("aa", a, a, CostCircuits.F.createAllToAll());
        assertEquals(100, only());
        aa.setAllowAutapses(false);
        assertEquals(90, only());
    }

    @Test
    void fixedProbabilityIsPTimesPairs() {
        Population a = c.population("a", 100);
        Population b = c.population("b", 50);
        FixedProbability p = CostCircuits.F.createFixedProbability();
        p.setP(0.1);
        c.connect("ab", a, b, p);
        assertEquals(500, only(), 1e-9);
        c.circuit.getProjections().clear();
        FixedProbability q = CostCircuits.F.createFixedProbability();
        q.setP(0.1);
        c.connect("aa", a, a, q).setAllowAutapses(false);
        assertEquals(990, only(), 1e-9);
    }

    @Test
    void fixedDegreesAreExact() {
        Population a = c.population("a", 100);
        Population b = c.population("b", 40);
        FixedInDegree in = CostCircuits.F.createFixedInDegree();
        in.setK(5);
        c.connect("in", a, b, in);
        assertEquals(200, only());
        c.circuit.getProjections().clear();
        FixedOutDegree out = CostCircuits.F.createFixedOutDegree();
        out.setK(3);
        c.connect("out", a, b, out);
        assertEquals(300, only());
    }

    @Test
    void oneToOneAndExplicitList() {
        Population a = c.population("a", 7);
        Population b = c.population("b", 7);
        c.connect("ab", a, b, CostCircuits.F.createOneToOne());
        assertEquals(7, only());
        c.circuit.getProjections().clear();
        ExplicitList list = CostCircuits.F.createExplicitList();
        for (int i = 0; i < 3; i++) {
            list.getConnections().add(CostCircuits.F.createExplicitConnection());
        }
        c.connect("list", a, b, list);
        assertEquals(3, only());
    }

    @Test
    void distanceDependentSumsTheProfileAtTheLayoutPositions() {
        // sources at x = -25 and +25 µm, the target at 0: both pairs 25 µm apart
        Population src = c.row("src", 2, 50, 0);
        Population tgt = c.row("tgt", 1, 50, 0);
        DistanceDependent gauss = distance(0.5, 25, DistanceProfile.GAUSSIAN);
        c.connect("d", src, tgt, gauss);
        assertEquals(2 * 0.5 * Math.exp(-0.5), only(), 1e-12);
        gauss.setProfile(DistanceProfile.EXPONENTIAL);
        assertEquals(2 * 0.5 * Math.exp(-1), only(), 1e-12);
        // Gaussian cutoff at 4 sigma = 20 µm: the pairs 25 µm apart never connect
        gauss.setProfile(DistanceProfile.GAUSSIAN);
        gauss.setSigma(5);
        assertEquals(0, only(), 1e-12);
    }

    @Test
    void periodicGridsUseTheNearestImage() {
        // 4 neurons 10 µm apart on a periodic row of side 40: neighbours of 0 are at 10, 20, 10
        Population ring = c.row("ring", 4, 10, 0);
        ((org.neurocircuit.model.GridLayout) ring.getLayout()).setPeriodic(true);
        c.connect("rr", ring, ring, distance(1, 10, DistanceProfile.EXPONENTIAL)).setAllowAutapses(false);
        assertEquals(4 * (2 * Math.exp(-1) + Math.exp(-2)), only(), 1e-12);
    }

    @Test
    void incompleteCircuitsAreCountedAsFarAsPossibleAndNameWhatIsMissing() {
        Population a = c.population("a", 10);
        Population b = c.population("b", 5);
        c.connect("ok", a, b, CostCircuits.F.createAllToAll());
        c.connect("norule", a, b, null);
        c.connect("notarget", a, null, CostCircuits.F.createAllToAll());
        c.connect("mismatch", a, b, CostCircuits.F.createOneToOne());
        c.connect("space", a, b, distance(0.1, 100, DistanceProfile.GAUSSIAN));
        FixedInDegree tooMany = CostCircuits.F.createFixedInDegree();
        tooMany.setK(11);
        c.connect("many", a, b, tooMany).setAllowMultapses(false);
        CostReport report = cost();
        assertEquals(15, report.neurons());
        assertEquals(50, report.synapses());
        assertFalse(report.complete());
        assertEquals(5, report.uncounted().size(), report.uncounted().toString());
        assertTrue(report.uncounted().get(0).contains("'norule' has no connection rule"));
        assertTrue(report.uncounted().get(1).contains("'notarget' has no target population"));
        assertTrue(report.uncounted().get(2).contains("make the sizes equal"));
        assertTrue(report.uncounted().get(3).contains("population 'a' has no layout"));
        assertTrue(report.uncounted().get(4).contains("lower k or allow multapses"));
        assertEquals(CircuitCost.MODEL_SOURCE, report.memorySource());
        assertTrue(report.summary().endsWith("(incomplete)"), report.summary());
    }

    @Test
    void memoryModelFollowsTheBuiltinLayout() {
        Population a = c.population("a", 10);
        Population b = c.population("b", 20);
        c.connect("ab", a, b, CostCircuits.F.createAllToAll());
        CostReport report = cost();
        // 200 synapses x 4 B + 11 row pointers x 4 B; neurons 30 x 8 B; b's exponential channel
        // 20 x 4 B x (1 state + 15 delay steps + 1); generation 2 x 800 B + 100 B
        assertEquals(800 + 44 + 240 + 1360 + 1700, report.memoryBytes());
        assertEquals(CircuitCost.MODEL_SOURCE, report.memorySource());
        assertEquals("30 neurons \u00b7 200 synapses \u00b7 4.0 KB", report.summary());
    }

    private static DistanceDependent distance(double p0, double sigma, DistanceProfile profile) {
        DistanceDependent d = CostCircuits.F.createDistanceDependent();
        d.setP0(p0);
        d.setSigma(sigma);
        d.setProfile(profile);
        return d;
    }
}
