package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neurocircuit.examples.Brunel2000;
import org.neurocircuit.examples.Brunel2000.Regime;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;

/** Brunel (2000): sizes, in-degrees, weights, delays, neuron and drive as in the paper. */
class Brunel2000Test {

  private static final double EPS = 1e-9;

  @Test
  void regimesAreThoseOfFig8() {
    Map<Regime, double[]> fig8 = Map.of(Regime.SR, new double[] {3, 2}, Regime.SI_FAST, new double[] {6, 4},
        Regime.AI, new double[] {5, 2}, Regime.SI_SLOW, new double[] {4.5, 0.9});
    fig8.forEach((regime, gEta) -> {
      assertEquals(gEta[0], regime.g(), EPS, regime.name());
      assertEquals(gEta[1], regime.eta(), EPS, regime.name());
    });
    assertEquals("A B C D", Regime.SR.panel() + " " + Regime.SI_FAST.panel() + " " + Regime.AI.panel() + " "
        + Regime.SI_SLOW.panel());
  }

  @Test
  void thresholdRateIsTenHz() {
    assertEquals(10.0, Brunel2000.nuThresholdHz(), EPS, "nu_thr = theta / (J C_E tau) = 20 / (0.1 * 1000 * 20 ms)");
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void populationsAndNeuronsMatchThePaper(Regime regime) {
    Circuit circuit = Brunel2000.create(regime);
    assertEquals(10_000, Find.population(circuit, "E").getSize());
    assertEquals(2_500, Find.population(circuit, "I").getSize());
    for (Population population : circuit.allPopulations()) {
      LifCurrent lif = (LifCurrent) population.getNeuronModel();
      assertEquals(20.0, lif.getTauM(), EPS, "tau");
      assertEquals(20.0, lif.getVTh() - lif.getEL(), EPS, "theta above rest");
      assertEquals(10.0, lif.getVReset() - lif.getEL(), EPS, "V_r above rest");
      assertEquals(2.0, lif.getTRef(), EPS, "tau_rp");
    }
    assertEquals(1200.0, circuit.getDuration(), EPS);
    assertEquals(0.1, circuit.getDt(), EPS);
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void inDegreesWeightsAndDelaysMatchThePaper(Regime regime) {
    Circuit circuit = Brunel2000.create(regime);
    assertEquals(4, circuit.getProjections().size());
    for (Projection projection : circuit.getProjections()) {
      boolean exc = projection.getSource().getName().equals("E");
      assertEquals(exc ? 1000 : 250, ((FixedInDegree) projection.getRule()).getK(), projection.getName());
      assertEquals(exc ? 0.1 : regime.g() * 0.1, Find.constant(projection.getWeight()), EPS, projection.getName());
      assertEquals(1.5, Find.constant(projection.getDelay()), EPS);
      assertEquals(exc ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY, projection.getReceptor().getSign());
      assertEquals(ReceptorKind.CURRENT, projection.getReceptor().getKind());
      assertEquals(SynapseKinetics.DELTA, projection.getReceptor().getKinetics());
      assertFalse(projection.isAllowAutapses());
      assertFalse(projection.isAllowMultapses());
    }
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void externalDriveIsEtaTimesThresholdRateFromEachOfC_EInputs(Regime regime) {
    PoissonStimulus external = (PoissonStimulus) Find.stimulus(Brunel2000.create(regime), "external");
    assertEquals(1000 * regime.eta() * 10.0, external.getRate(), 1e-6, "C_E nu_ext = C_E eta nu_thr");
    assertEquals(0.1, external.getWeight(), EPS, "J");
    assertEquals(SynapseKinetics.DELTA, external.getReceptor().getKinetics());
    assertEquals(2, external.getTargets().size());
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void descriptionUsesBrunelsLabelsAndStatesTheExpectedBehaviour(Regime regime) {
    String description = Brunel2000.create(regime).getDescription();
    assertTrue(description.contains("in the " + regime.label() + " regime (Fig. 8" + regime.panel()), description);
    assertTrue(description.contains(regime.behaviour()), description);
    assertTrue(description.contains("SR = A, SI fast = B, AI = C, SI slow = D"), description);
  }

  @Test
  void meanFieldRatesAreQuotedForTheAsynchronousAndSlowRegimes() {
    assertTrue(Regime.AI.behaviour().contains("37.9 Hz"));
    assertTrue(Regime.SI_FAST.behaviour().contains("55.8 Hz"));
    assertTrue(Regime.SI_SLOW.behaviour().contains("6.5 Hz"));
    assertTrue(Regime.SR.behaviour().contains("synchronized"));
  }
}
