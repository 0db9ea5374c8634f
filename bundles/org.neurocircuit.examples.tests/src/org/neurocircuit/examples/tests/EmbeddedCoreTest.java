package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.EmbeddedCore;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Region;

/** The embedded core after Litwin-Kumar & Doiron (2012): sizes, probabilities, derived weights and drive. */
class EmbeddedCoreTest {

  private static final double EPS = 1e-9;
  private static final Circuit CIRCUIT = EmbeddedCore.create();

  private static double p(String projection) {
    return ((FixedProbability) Find.projection(CIRCUIT, projection).getRule()).getP();
  }

  private static double w(String projection) {
    return Find.constant(Find.projection(CIRCUIT, projection).getWeight());
  }

  @Test
  void coreAndSurroundAreRegionsOfThePapersNetwork() {
    Population core = Find.population(CIRCUIT, "E_core");
    assertEquals(80, core.getSize(), "one of 50 clusters of 4000 E neurons");
    assertEquals(3920, Find.population(CIRCUIT, "E_surround").getSize());
    assertEquals(1000, Find.population(CIRCUIT, "I").getSize());
    assertEquals("core", ((Region) core.eContainer()).getName());
    assertEquals("surround", ((Region) Find.population(CIRCUIT, "I").eContainer()).getName());
  }

  @Test
  void clusterProbabilitiesKeepTheMeanExcitatoryInDegree() {
    assertEquals(0.2 * 50 / 51.5, p("E_core_E_surround"), EPS, "p_out");
    assertEquals(2.5 * p("E_core_E_surround"), p("E_core_E_core"), EPS, "p_in = R_EE p_out");
    assertEquals(0.2, p("E_surround_E_surround"), EPS);
    double coreInDegree = 80 * p("E_core_E_core") + 3920 * p("E_surround_E_core");
    assertEquals(800.0, coreInDegree, 1e-6, "p_EE N_E inputs, as for every neuron of the clustered network");
    for (String name : new String[] {"E_core_I", "E_surround_I", "I_E_core", "I_E_surround", "I_I"}) {
      assertEquals(0.5, p(name), EPS, name);
    }
  }

  @Test
  void weightsKeepTheChargeOfTheDimensionlessStrengths() {
    // J x 20 mV x C_m / tau_syn.
    assertEquals(0.024 * 20 * 300 / 3, w("E_surround_E_surround"), EPS);
    assertEquals(48.0, w("E_core_E_surround"), EPS);
    assertEquals(1.9 * 48.0, w("E_core_E_core"), EPS, "J+ inside the core");
    assertEquals(135.0, w("I_E_core"), EPS);
    assertEquals(0.014 * 20 * 200 / 3, w("E_core_I"), EPS);
    assertEquals(114.0, w("I_I"), EPS);
    for (Projection projection : CIRCUIT.getProjections()) {
      assertEquals(0.1, Find.constant(projection.getDelay()), EPS);
      boolean exc = projection.getSource().getName().startsWith("E");
      assertEquals(exc ? 3.0 : 2.0, projection.getReceptor().getTauSyn(), EPS);
    }
  }

  @Test
  void neuronsAndDriveMapTheDimensionlessModel() {
    LifCurrent e = (LifCurrent) Find.population(CIRCUIT, "E_core").getNeuronModel();
    LifCurrent i = (LifCurrent) Find.population(CIRCUIT, "I").getNeuronModel();
    assertEquals(15.0, e.getTauM(), EPS);
    assertEquals(10.0, i.getTauM(), EPS);
    assertEquals(20.0, e.getVTh() - e.getVReset(), EPS, "threshold 1 = 20 mV above reset 0");
    assertEquals(5.0, e.getTRef(), EPS);
    assertEquals(460.0, ((DcStimulus) Find.stimulus(CIRCUIT, "drive_E")).getAmplitude(), 1e-9, "mu_E 1.15");
    assertEquals(410.0, ((DcStimulus) Find.stimulus(CIRCUIT, "drive_I")).getAmplitude(), 1e-9, "mu_I 1.025");
    assertTrue(CIRCUIT.getDescription().contains("Litwin-Kumar & Doiron (2012)"));
  }
}
