package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.VogelsAbbott2005;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.UniformDistribution;

/** CUBA and COBA equal the circuits of reference/brian2/vogels_abbott.py. */
class VogelsAbbottTest {

  private static final double EPS = 1e-9;

  private static void assertCommonStructure(Circuit circuit) {
    assertEquals(3200, Find.population(circuit, "E").getSize());
    assertEquals(800, Find.population(circuit, "I").getSize());
    assertEquals(1000.0, circuit.getDuration(), EPS);
    assertEquals(0.1, circuit.getDt(), EPS);
    assertTrue(circuit.getStimuli().isEmpty(), "no external drive");
    assertEquals(4, circuit.getProjections().size());
    for (Projection projection : circuit.getProjections()) {
      assertEquals(0.02, ((FixedProbability) projection.getRule()).getP(), EPS);
      assertTrue(projection.isAllowAutapses(), "Brian2's connect(p=...) allows autapses");
      assertFalse(projection.isAllowMultapses());
      assertEquals(0.1, Find.constant(projection.getDelay()), EPS, "minimum delay dt");
      boolean exc = projection.getSource().getName().equals("E");
      assertEquals(exc ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY, projection.getReceptor().getSign());
      assertEquals(exc ? 5.0 : 10.0, projection.getReceptor().getTauSyn(), EPS);
      assertEquals(SynapseKinetics.EXPONENTIAL, projection.getReceptor().getKinetics());
    }
    for (Population population : circuit.allPopulations()) {
      UniformDistribution v0 = (UniformDistribution) initial(population, "V_m").getValue();
      assertEquals(-60.0, v0.getLow(), EPS);
      assertEquals(-50.0, v0.getHigh(), EPS);
    }
    assertTrue(circuit.getDescription().contains("on_pre applies in the same step"), "documents the delay");
  }

  private static InitialValue initial(Population population, String variable) {
    return population.getInitialValues().stream().filter(v -> variable.equals(v.getVariable())).findFirst()
        .orElseThrow(() -> new AssertionError("no initial " + variable + " in " + population.getName()));
  }

  @Test
  void cubaMatchesBenchmark2() {
    Circuit circuit = VogelsAbbott2005.cuba();
    assertCommonStructure(circuit);
    for (Population population : circuit.allPopulations()) {
      LifCurrent lif = (LifCurrent) population.getNeuronModel();
      assertEquals(200.0, lif.getCm(), EPS);
      assertEquals(20.0, lif.getTauM(), EPS);
      assertEquals(10.0, lif.getCm() / lif.getTauM(), EPS, "g_L = C_m / tau_m = 10 nS");
      assertEquals(-49.0, lif.getEL(), EPS);
      assertEquals(-50.0, lif.getVTh(), EPS);
      assertEquals(-60.0, lif.getVReset(), EPS);
      assertEquals(5.0, lif.getTRef(), EPS);
    }
    assertEquals(16.2, Find.constant(Find.projection(circuit, "E_E").getWeight()), 1e-9, "1.62 mV x 10 nS");
    assertEquals(90.0, Find.constant(Find.projection(circuit, "I_I").getWeight()), 1e-9, "9 mV x 10 nS");
    circuit.getProjections().forEach(p -> assertEquals(ReceptorKind.CURRENT, p.getReceptor().getKind()));
  }

  @Test
  void cobaMatchesBenchmark1() {
    Circuit circuit = VogelsAbbott2005.coba();
    assertCommonStructure(circuit);
    for (Population population : circuit.allPopulations()) {
      LifConductance lif = (LifConductance) population.getNeuronModel();
      assertEquals(200.0, lif.getCm(), EPS);
      assertEquals(10.0, lif.getGL(), EPS);
      assertEquals(20.0, lif.getCm() / lif.getGL(), EPS, "tau_m");
      assertEquals(-60.0, lif.getEL(), EPS);
      assertEquals(-50.0, lif.getVTh(), EPS);
      assertEquals(-60.0, lif.getVReset(), EPS);
      assertEquals(5.0, lif.getTRef(), EPS);
      assertNormal(initial(population, "g_ex"), 40.0, 15.0);
      assertNormal(initial(population, "g_in"), 200.0, 120.0);
    }
    for (String name : List.of("E_E", "E_I")) {
      Projection projection = Find.projection(circuit, name);
      assertEquals(6.0, Find.constant(projection.getWeight()), EPS);
      assertEquals(ReceptorKind.CONDUCTANCE, projection.getReceptor().getKind());
      assertEquals(0.0, projection.getReceptor().getERev(), EPS);
    }
    for (String name : List.of("I_E", "I_I")) {
      Projection projection = Find.projection(circuit, name);
      assertEquals(67.0, Find.constant(projection.getWeight()), EPS);
      assertEquals(-80.0, projection.getReceptor().getERev(), EPS);
    }
  }

  private static void assertNormal(InitialValue initial, double mean, double sd) {
    NormalDistribution normal = (NormalDistribution) initial.getValue();
    assertEquals(mean, normal.getMean(), EPS);
    assertEquals(sd, normal.getSd(), EPS);
    assertNull(normal.getLow(), "unbounded, as Brian2's randn()");
    assertNull(normal.getHigh());
  }
}
