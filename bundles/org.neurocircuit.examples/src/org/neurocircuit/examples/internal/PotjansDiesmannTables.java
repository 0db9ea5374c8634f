package org.neurocircuit.examples.internal;

import java.util.List;

/**
 * The data of Potjans &amp; Diesmann (2014): population names and sizes, the connection probabilities
 * of their Table 5, the external in-degrees, and the conversions from probabilities to synapse counts
 * and from PSP to PSC amplitudes. Population index order: L2/3E, L2/3I, L4E, L4I, L5E, L5I, L6E, L6I.
 */
public final class PotjansDiesmannTables {

  /** Population names (identifiers: "L23E" stands for L2/3E). */
  public static final List<String> POPULATIONS = List.of("L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I");

  /** Layers, each holding its E and I population, in index order /2. */
  public static final List<String> LAYERS = List.of("L23", "L4", "L5", "L6");

  private static final int[] FULL_SIZES = {20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948};

  /** Table 5: probability that a pair (source, target) is connected; first index target, second source. */
  private static final double[][] CONNECTION_PROBABILITY = {
      {0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0.0, 0.0076, 0.0},
      {0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0.0, 0.0042, 0.0},
      {0.0077, 0.0059, 0.0497, 0.1350, 0.0067, 0.0003, 0.0453, 0.0},
      {0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0.0, 0.1057, 0.0},
      {0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0.0},
      {0.0548, 0.0269, 0.0257, 0.0022, 0.0600, 0.3158, 0.0086, 0.0},
      {0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252},
      {0.0364, 0.0010, 0.0034, 0.0005, 0.0277, 0.0080, 0.0658, 0.1443}};

  /** External (background) in-degrees K_ext. */
  private static final int[] K_EXT = {1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100};

  /**
   * Mean rates of the full-scale model, Hz, as NEST's reference implementation of the paper lists them
   * (for the description's expectations; the circuit does not use them).
   */
  private static final double[] FULL_MEAN_RATES_HZ = {0.971, 2.868, 4.746, 5.396, 8.142, 9.078, 0.991, 7.523};

  private PotjansDiesmannTables() {
  }

  /** Number of neurons of population {@code index} in the full-scale model. */
  public static int fullSize(int index) {
    return FULL_SIZES[index];
  }

  /** Table 5 entry: connection probability from {@code source} to {@code target}. */
  public static double probability(int target, int source) {
    return CONNECTION_PROBABILITY[target][source];
  }

  /** External in-degree K_ext of population {@code index}. */
  public static int externalInDegree(int index) {
    return K_EXT[index];
  }

  /** Full-scale mean rate of population {@code index}, Hz. */
  public static double fullMeanRateHz(int index) {
    return FULL_MEAN_RATES_HZ[index];
  }

  /** Whether {@code index} is an excitatory population (even indices). */
  public static boolean isExcitatory(int index) {
    return index % 2 == 0;
  }

  /**
   * Total number of synapses K of the full-scale projection, drawn with multapses so that a pair is
   * connected with probability C: K = ln(1 − C) / ln(1 − 1/(N_pre N_post)) (the paper's relation between C and K,
   * solved for K).
   */
  public static double totalSynapses(int target, int source) {
    double pairs = (double) FULL_SIZES[source] * FULL_SIZES[target];
    // log1p keeps precision where 1/(N_pre N_post) is about 1e-9.
    return StrictMath.log1p(-probability(target, source)) / StrictMath.log1p(-1.0 / pairs);
  }

  /** Mean in-degree K / N_post of the full-scale projection (fractional). */
  public static double meanInDegree(int target, int source) {
    return totalSynapses(target, source) / FULL_SIZES[target];
  }

  /** Mean out-degree K / N_pre of the full-scale projection (fractional). */
  public static double meanOutDegree(int target, int source) {
    return totalSynapses(target, source) / FULL_SIZES[source];
  }

  /**
   * Peak PSC (pA) of an exponential current synapse that gives a PSP peak of {@code pspMv} in a LIF
   * neuron (τ_m, τ_syn in ms, C_m in pF): the conversion NEST's implementation of the paper uses.
   */
  public static double pscForPsp(double pspMv, double tauMMs, double tauSynMs, double cmPf) {
    double sub = 1.0 / (tauSynMs - tauMMs);
    double pre = tauMMs * tauSynMs / cmPf * sub;
    double frac = StrictMath.pow(tauMMs / tauSynMs, sub);
    return pspMv / (pre * (StrictMath.pow(frac, tauMMs) - StrictMath.pow(frac, tauSynMs)));
  }
}
