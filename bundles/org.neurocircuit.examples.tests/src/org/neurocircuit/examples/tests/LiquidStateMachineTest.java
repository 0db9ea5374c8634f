package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.LiquidStateMachine;
import org.neurocircuit.examples.internal.RateSignal;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.TimeSeriesTarget;

/** The liquid state machine after Maass et al. (2002): column, synapses, input and the decoding task. */
class LiquidStateMachineTest {

  private static final double EPS = 1e-9;
  private static final Circuit CIRCUIT = LiquidStateMachine.create();

  @Test
  void columnHas135NeuronsIn15x3x3AtTheGridsDensity() {
    Population e = Find.population(CIRCUIT, "E");
    Population i = Find.population(CIRCUIT, "I");
    assertEquals(135, e.getSize() + i.getSize());
    assertEquals(108, e.getSize(), "80 % excitatory");
    for (Population population : List.of(e, i)) {
      RandomBoxLayout box = (RandomBoxLayout) population.getLayout();
      assertEquals(15 * 50.0, box.getExtentX(), EPS);
      assertEquals(3 * 50.0, box.getExtentY(), EPS);
      assertEquals(3 * 50.0, box.getExtentZ(), EPS);
      LifCurrent lif = (LifCurrent) population.getNeuronModel();
      assertEquals(30.0, lif.getTauM(), EPS);
      assertEquals(30_000.0, lif.getCm(), EPS, "tau_m / 1 MOhm = 30 nF");
      assertEquals(15.0, lif.getVTh() - lif.getEL(), EPS);
      assertEquals(13.5, lif.getVReset() - lif.getEL(), EPS);
      assertEquals(population == e ? 3.0 : 2.0, lif.getTRef(), EPS);
    }
  }

  @Test
  void recurrentConnectivityIsTheGaussianOfLambda2WithTheirC() {
    double sigma = 2 * 50.0 / Math.sqrt(2);
    double[][] expected = {{0.3, 30_000, 0.5, 1100, 50, 1.5}, {0.2, 60_000, 0.05, 125, 1200, 0.8},
        {0.4, 19_000, 0.25, 700, 20, 0.8}, {0.1, 19_000, 0.32, 144, 60, 0.8}};
    String[] names = {"E_E", "E_I", "I_E", "I_I"};
    for (int n = 0; n < names.length; n++) {
      Projection projection = Find.projection(CIRCUIT, names[n]);
      DistanceDependent rule = (DistanceDependent) projection.getRule();
      assertEquals(expected[n][0], rule.getP0(), EPS, names[n]);
      assertEquals(sigma, rule.getSigma(), 1e-9, "exp(-(D/lambda)^2) = exp(-D^2 / (2 sigma^2))");
      assertEquals(DistanceProfile.GAUSSIAN, rule.getProfile());
      assertEquals(expected[n][1], mean((LogNormalDistribution) projection.getWeight()), 1e-6, names[n]);
      assertEquals(1.0, cv((LogNormalDistribution) projection.getWeight()), 1e-9, "SD 100 % of the mean");
      ShortTermPlasticity stp = (ShortTermPlasticity) projection.getPlasticity();
      assertEquals(expected[n][2], stp.getU(), EPS);
      assertEquals(expected[n][3], stp.getTauRec(), EPS);
      assertEquals(expected[n][4], stp.getTauFac(), EPS);
      assertEquals(expected[n][5], Find.constant(projection.getDelay()), EPS);
      assertEquals(names[n].startsWith("E") ? 3.0 : 6.0, projection.getReceptor().getTauSyn(), EPS);
      assertFalse(projection.isAllowAutapses());
    }
    assertEquals(18_000, mean((LogNormalDistribution) Find.projection(CIRCUIT, "input_E").getWeight()), 1e-6);
    // static: the paper's U, D, F are for recurrent connections; depressed input would leave the column silent
    assertNull(Find.projection(CIRCUIT, "input_E").getPlasticity());
    assertNull(Find.projection(CIRCUIT, "input_I").getPlasticity());
    assertEquals(9_000, mean((LogNormalDistribution) Find.projection(CIRCUIT, "input_I").getWeight()), 1e-6);
  }

  private static double mean(LogNormalDistribution d) {
    return Math.exp(d.getMu() + d.getSigma() * d.getSigma() / 2);
  }

  private static double cv(LogNormalDistribution d) {
    return Math.sqrt(Math.exp(d.getSigma() * d.getSigma()) - 1);
  }

  @Test
  void inputRateIsTheSumOfSinesSampledEvery20Ms() {
    RateSignal rate = LiquidStateMachine.inputRate();
    assertEquals(501, rate.samples(), "0 to 10 s every 20 ms");
    for (int k = 0; k < rate.samples(); k++) {
      double t = rate.timeMs(k) / 1000;
      double expected = 45 + 20 * Math.sin(2 * Math.PI * 0.5 * t) + 12 * Math.sin(2 * Math.PI * 1.3 * t + 1)
          + 6 * Math.sin(2 * Math.PI * 3.1 * t + 2);
      assertEquals(expected, rate.rateHz(k), 1e-9);
      assertTrue(rate.rateHz(k) > 5 && rate.rateHz(k) < 85);
    }
    assertEquals((rate.rateHz(1) + rate.rateHz(2)) / 2, rate.rateAt(30.0), 1e-12, "linear between samples");
  }

  @Test
  void inputTrainsFollowTheRate() {
    RateSignal rate = LiquidStateMachine.inputRate();
    SpikeTimeSource source = (SpikeTimeSource) Find.population(CIRCUIT, "input").getNeuronModel();
    assertEquals(4, source.getTrains().size());
    double expectedSpikes = 0;
    for (int k = 0; k + 1 < rate.samples(); k++) {
      expectedSpikes += (rate.rateHz(k) + rate.rateHz(k + 1)) / 2 * 0.020;
    }
    int firstHalf = 0;
    int all = 0;
    for (SpikeTrain train : source.getTrains()) {
      double previous = -1;
      for (double t : train.getTimes()) {
        assertTrue(t > previous && t < 10_000, "ascending, inside the run");
        assertEquals(Math.round(t * 10) / 10.0, t, 0.0, "on the 0.1 ms grid");
        previous = t;
        firstHalf += t < 5000 ? 1 : 0;
      }
      all += train.getTimes().size();
      // Poisson count: within 5 standard deviations of its mean.
      assertEquals(expectedSpikes, train.getTimes().size(), 5 * Math.sqrt(expectedSpikes));
    }
    assertTrue(firstHalf > 0 && firstHalf < all);
  }

  @Test
  void decodingTaskReadsTheInputRateFromTheColumn() {
    assertEquals(1, CIRCUIT.getDecodingTasks().size());
    DecodingTask task = CIRCUIT.getDecodingTasks().get(0);
    assertEquals("ridge", task.getDecoderId());
    assertEquals(20.0, task.getBinWidth(), EPS);
    assertEquals(3, task.getHistoryBins());
    assertEquals(5, task.getFolds());
    assertTrue(task.isCausal());
    assertEquals(1, task.getParameters().size());
    assertEquals("lambda", task.getParameters().get(0).getKey());
    assertEquals("1000", task.getParameters().get(0).getValue());
    assertEquals(List.of(Find.recorder(CIRCUIT, "spikes_column")), task.getRecorders());
    assertFalse(task.getRecorders().get(0).getTargets().contains(Find.population(CIRCUIT, "input")),
        "the readout must not see the input spikes");
    TimeSeriesTarget target = (TimeSeriesTarget) task.getTarget();
    RateSignal rate = LiquidStateMachine.inputRate();
    // All samples survive: the metamodel's many-valued attributes are unique lists, which drop repeats.
    assertEquals(rate.samples(), target.getTimes().size());
    assertEquals(rate.samples(), target.getValues().size());
    for (int k = 0; k < rate.samples(); k++) {
      assertEquals(rate.timeMs(k), target.getTimes().get(k), EPS);
      assertEquals(rate.rateHz(k), target.getValues().get(k), EPS);
    }
  }
}
