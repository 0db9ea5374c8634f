package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.PotjansDiesmann2014;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Region;

/** Potjans & Diesmann (2014): sizes, Table 5, in-degrees, weights, delays, background and the scale parameter. */
class PotjansDiesmannTest {

  private static final double EPS = 1e-9;
  private static final List<String> NAMES = List.of("L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I");
  private static final int[] SIZES = {20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948};
  private static final int[] K_EXT = {1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100};
  /** Table 5 of the paper, typed again here: [target][source]. */
  private static final double[][] TABLE_5 = {
      {0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0, 0.0076, 0},
      {0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0, 0.0042, 0},
      {0.0077, 0.0059, 0.0497, 0.1350, 0.0067, 0.0003, 0.0453, 0},
      {0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0, 0.1057, 0},
      {0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0},
      {0.0548, 0.0269, 0.0257, 0.0022, 0.0600, 0.3158, 0.0086, 0},
      {0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252},
      {0.0364, 0.0010, 0.0034, 0.0005, 0.0277, 0.0080, 0.0658, 0.1443}};

  private static final Circuit FULL = PotjansDiesmann2014.create(1.0);
  private static final Circuit TENTH = PotjansDiesmann2014.create(0.1);

  /** Full-scale mean in-degree from the paper's relation K = ln(1 - C) / ln(1 - 1/(N_pre N_post)). */
  private static double inDegree(int target, int source) {
    double pairs = (double) SIZES[source] * SIZES[target];
    return Math.log(1 - TABLE_5[target][source]) / Math.log((pairs - 1) / pairs) / SIZES[target];
  }

  private static Projection projection(Circuit circuit, int target, int source) {
    return Find.projection(circuit, NAMES.get(source) + "_" + NAMES.get(target));
  }

  @Test
  void fullScalePopulationsSitInTheirLayers() {
    for (int p = 0; p < 8; p++) {
      Population population = Find.population(FULL, NAMES.get(p));
      assertEquals(SIZES[p], population.getSize(), NAMES.get(p));
      assertEquals(List.of("L23", "L4", "L5", "L6").get(p / 2), ((Region) population.eContainer()).getName());
    }
    assertEquals(77_169, FULL.allPopulations().stream().mapToInt(Population::getSize).sum());
  }

  @Test
  void everyNonZeroEntryOfTable5IsAProjectionWithItsInDegree() {
    int count = 0;
    for (int target = 0; target < 8; target++) {
      for (int source = 0; source < 8; source++) {
        if (TABLE_5[target][source] == 0) {
          continue;
        }
        count++;
        Projection projection = projection(FULL, target, source);
        ConnectionRule rule = projection.getRule();
        double k = inDegree(target, source);
        if (rule instanceof FixedInDegree in) {
          assertEquals(Math.round(k), in.getK(), projection.getName());
        } else {
          assertEquals("L5I_L4E", projection.getName(), "only the sub-1 in-degree uses an out-degree");
          assertEquals(0.32, k, 0.005);
          assertEquals(7, ((FixedOutDegree) rule).getK(), "K / N_pre = 6.58");
        }
        assertTrue(projection.isAllowMultapses());
        assertTrue(projection.isAllowAutapses());
      }
    }
    assertEquals(55, count);
    assertEquals(count, FULL.getProjections().size(), "zero entries have no projection");
  }

  @Test
  void inDegreesOfKnownProjections() {
    assertEquals(2200, ((FixedInDegree) projection(FULL, 0, 0).getRule()).getK(), "L2/3E -> L2/3E");
    assertEquals(979, ((FixedInDegree) projection(FULL, 0, 2).getRule()).getK(), "L4E -> L2/3E");
    assertEquals(496, ((FixedInDegree) projection(FULL, 4, 5).getRule()).getK(), "L5I -> L5E");
    assertEquals(3, ((FixedInDegree) projection(FULL, 7, 3).getRule()).getK(), "L4I -> L6I");
  }

  @Test
  void weightsAreThePscOfA015mVPspWithGMinus4AndL4eToL23eDoubled() {
    double w = PotjansDiesmann2014.weightPa();
    assertEquals(87.81, w, 0.01);
    for (Projection projection : FULL.getProjections()) {
      NormalDistribution weight = (NormalDistribution) projection.getWeight();
      boolean exc = projection.getSource().getName().endsWith("E");
      double expected = projection.getName().equals("L4E_L23E") ? 2 * w : exc ? w : 4 * w;
      assertEquals(expected, weight.getMean(), 1e-9, projection.getName());
      assertEquals(0.1 * expected, weight.getSd(), 1e-9, "relative sd 0.1");
      assertEquals(0.0, weight.getLow(), EPS, "weights keep their sign");
      assertEquals(exc ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY, projection.getReceptor().getSign());
      assertEquals(0.5, projection.getReceptor().getTauSyn(), EPS);
      NormalDistribution delay = (NormalDistribution) projection.getDelay();
      assertEquals(exc ? 1.5 : 0.75, delay.getMean(), EPS);
      assertEquals(exc ? 0.75 : 0.375, delay.getSd(), EPS);
      assertEquals(0.1, delay.getLow(), EPS, "clipped (redrawn) at dt");
    }
  }

  @Test
  void neuronsAndInitialStateAreIafPscExp() {
    for (Population population : FULL.allPopulations()) {
      LifCurrent lif = (LifCurrent) population.getNeuronModel();
      assertEquals(250.0, lif.getCm(), EPS);
      assertEquals(10.0, lif.getTauM(), EPS);
      assertEquals(2.0, lif.getTRef(), EPS);
      assertEquals(-65.0, lif.getEL(), EPS);
      assertEquals(-50.0, lif.getVTh(), EPS);
      assertEquals(-65.0, lif.getVReset(), EPS);
      NormalDistribution v0 = (NormalDistribution) population.getInitialValues().get(0).getValue();
      assertEquals(-58.0, v0.getMean(), EPS);
      assertEquals(10.0, v0.getSd(), EPS);
    }
  }

  @Test
  void backgroundIsPoissonAt8HzTimesKext() {
    for (int p = 0; p < 8; p++) {
      PoissonStimulus bg = (PoissonStimulus) Find.stimulus(FULL, "bg_" + NAMES.get(p));
      assertEquals(8.0 * K_EXT[p], bg.getRate(), EPS);
      assertEquals(PotjansDiesmann2014.weightPa(), bg.getWeight(), EPS);
      assertEquals(List.of(Find.population(FULL, NAMES.get(p))), bg.getTargets());
    }
  }

  @Test
  void scaleScalesSizesAndKeepsEveryInDegree() {
    int[] tenth = {2068, 583, 2192, 548, 485, 107, 1440, 295};
    for (int p = 0; p < 8; p++) {
      assertEquals(tenth[p], Find.population(TENTH, NAMES.get(p)).getSize(), NAMES.get(p));
    }
    assertEquals(FULL.getProjections().size(), TENTH.getProjections().size());
    for (Projection projection : FULL.getProjections()) {
      Projection scaled = Find.projection(TENTH, projection.getName());
      assertEquals(projection.getRule().eClass(), scaled.getRule().eClass());
      int k = projection.getRule() instanceof FixedInDegree in ? in.getK() : ((FixedOutDegree) projection.getRule()).getK();
      int ks = scaled.getRule() instanceof FixedInDegree in ? in.getK() : ((FixedOutDegree) scaled.getRule()).getK();
      assertEquals(k, ks, projection.getName());
    }
    for (int p = 0; p < 8; p++) {
      assertEquals(8.0 * K_EXT[p], ((PoissonStimulus) Find.stimulus(TENTH, "bg_" + NAMES.get(p))).getRate(), EPS,
          "unchanged input, no DC compensation needed");
    }
    assertTrue(TENTH.getDescription().contains("No DC compensation"), TENTH.getDescription());
    assertEquals("potjans_diesmann_2014_10pct", TENTH.getName());
  }

  @Test
  void scaleOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PotjansDiesmann2014.create(0));
    assertThrows(IllegalArgumentException.class, () -> PotjansDiesmann2014.create(1.5));
    assertThrows(IllegalArgumentException.class, () -> PotjansDiesmann2014.create(Double.NaN));
    assertEquals(1, PotjansDiesmann2014.create(1e-6).allPopulations().get(5).getSize(), "at least one neuron");
  }
}
