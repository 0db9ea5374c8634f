package org.neurocircuit.examples;

import static org.neurocircuit.examples.internal.PotjansDiesmannTables.LAYERS;
import static org.neurocircuit.examples.internal.PotjansDiesmannTables.POPULATIONS;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.examples.internal.DiagramLayout;
import org.neurocircuit.examples.internal.Elements;
import org.neurocircuit.examples.internal.PotjansDiesmannTables;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.units.Units;

/**
 * The cortical microcircuit of Potjans &amp; Diesmann (2014): eight populations in four layers,
 * iaf_psc_exp neurons, the connection probabilities of their Table 5 and Poisson background input,
 * at full scale or with population sizes scaled by {@code scale} while keeping every in-degree.
 */
public final class PotjansDiesmann2014 {

  public static final String CITATION = "Potjans TC, Diesmann M (2014) The cell-type specific cortical microcircuit: "
      + "relating structure and activity in a full-scale spiking network model. Cereb Cortex 24:785\u2013806";

  /** Membrane capacitance C_m, pF. */
  public static final double C_M_PF = 250.0;
  /** Membrane time constant τ_m, ms. */
  public static final double TAU_M_MS = 10.0;
  /** Refractory period τ_ref, ms. */
  public static final double T_REF_MS = 2.0;
  /** Resting potential E_L, mV. */
  public static final double E_L_MV = -65.0;
  /** Threshold V_th, mV. */
  public static final double V_TH_MV = -50.0;
  /** Reset V_reset, mV. */
  public static final double V_RESET_MV = -65.0;
  /** Synaptic time constant τ_syn (excitatory and inhibitory), ms. */
  public static final double TAU_SYN_MS = 0.5;
  /** Mean excitatory PSP amplitude, mV; the weight is the PSC that gives it. */
  public static final double PSP_MV = 0.15;
  /** Relative standard deviation of the weights. */
  public static final double WEIGHT_REL_SD = 0.1;
  /** Relative inhibitory strength |g| (the paper's g = −4). */
  public static final double G = 4.0;
  /** Background rate per external input, Hz. */
  public static final double BACKGROUND_RATE_HZ = 8.0;
  /** Mean excitatory delay d_e, ms. */
  public static final double DELAY_E_MS = 1.5;
  /** Mean inhibitory delay d_i, ms. */
  public static final double DELAY_I_MS = 0.75;
  /** Relative standard deviation of the delays. */
  public static final double DELAY_REL_SD = 0.5;
  /** Mean initial V_m, mV. */
  public static final double V0_MEAN_MV = -58.0;
  /** Standard deviation of the initial V_m, mV. */
  public static final double V0_SD_MV = 10.0;
  /** Time step, ms; also the lower bound of the delays. */
  public static final double DT_MS = 0.1;
  /** Simulated time, ms. */
  public static final double DURATION_MS = 1000.0;

  private PotjansDiesmann2014() {
  }

  /** Mean excitatory weight w, pA: the PSC amplitude that evokes a 0.15 mV PSP (87.8 pA). */
  public static double weightPa() {
    return PotjansDiesmannTables.pscForPsp(PSP_MV, TAU_M_MS, TAU_SYN_MS, C_M_PF);
  }

  /** Size of population {@code index} at {@code scale}: the full size times scale, rounded, at least 1. */
  public static int size(int index, double scale) {
    return (int) Math.max(1, Math.round(PotjansDiesmannTables.fullSize(index) * scale));
  }

  /** Catalogue id and circuit name: {@code potjans_diesmann_2014} at full scale, else with the percentage. */
  public static String id(double scale) {
    return scale == 1.0 ? "potjans_diesmann_2014" : "potjans_diesmann_2014_" + Math.round(scale * 100) + "pct";
  }

  /**
   * The microcircuit with population sizes scaled by {@code scale} (1 = full, 0.1 = 10 %) and the
   * in-degrees of the full-scale model.
   *
   * @throws IllegalArgumentException unless 0 &lt; scale ≤ 1
   */
  public static Circuit create(double scale) {
    if (!(scale > 0 && scale <= 1)) {
      throw new IllegalArgumentException("scale must be in (0, 1], was " + scale);
    }
    Circuit circuit = Elements.circuit(id(scale), description(scale), DURATION_MS, DT_MS, 55L);
    List<Population> pops = new ArrayList<>();
    for (int p = 0; p < POPULATIONS.size(); p++) {
      boolean exc = PotjansDiesmannTables.isExcitatory(p);
      Population population = Elements.population(POPULATIONS.get(p), size(p, scale),
          exc ? Elements.EXCITATORY_COLOR : Elements.INHIBITORY_COLOR, neuron());
      Elements.initial(population, "V_m", Elements.normal(V0_MEAN_MV, V0_SD_MV));
      pops.add(population);
    }
    String[] layerColors = {"#F6EFE3", "#EAF2E6", "#E6EEF6", "#F2E8F2"};
    for (int l = 0; l < LAYERS.size(); l++) {
      circuit.getRegions().add(Elements.region(LAYERS.get(l), layerColors[l], pops.get(2 * l), pops.get(2 * l + 1)));
    }
    for (int target = 0; target < pops.size(); target++) {
      for (int source = 0; source < pops.size(); source++) {
        if (PotjansDiesmannTables.probability(target, source) > 0) {
          connect(circuit, pops, target, source);
        }
      }
    }
    List<Stimulus> background = new ArrayList<>();
    for (int p = 0; p < pops.size(); p++) {
      background.add(Elements.poisson(circuit, "bg_" + POPULATIONS.get(p),
          BACKGROUND_RATE_HZ * PotjansDiesmannTables.externalInDegree(p), weightPa(),
          Elements.current(ReceptorSign.EXCITATORY, SynapseKinetics.EXPONENTIAL, TAU_SYN_MS), pops.get(p)));
    }
    Population[] all = pops.toArray(Population[]::new);
    var spikes = Elements.spikes(circuit, "spikes", all);
    var membrane = Elements.membrane(circuit, "V_m", 10, DT_MS, pops.get(0), pops.get(2), pops.get(4), pops.get(6));
    var rates = Elements.rates(circuit, "rates", 1.0, all);
    layout(circuit, pops, background, List.of(spikes, membrane, rates));
    return circuit;
  }

  /**
   * The rule of one projection. The paper draws K synapses with multapses; we keep each target's mean
   * in-degree K/N_post (rounded) as a fixed in-degree, multapses and autapses allowed. A projection
   * whose in-degree would round to 0 (L5I→L4E, 0.32) keeps its out-degree K/N_pre instead, so that it
   * is not lost and its mean in-degree stays right at every scale.
   */
  public static ConnectionRule rule(int target, int source) {
    double inDegree = PotjansDiesmannTables.meanInDegree(target, source);
    if (Math.round(inDegree) >= 1) {
      return Elements.fixedInDegree((int) Math.round(inDegree));
    }
    FixedOutDegree out = Elements.F.createFixedOutDegree();
    out.setK((int) Math.max(1, Math.round(PotjansDiesmannTables.meanOutDegree(target, source))));
    return out;
  }

  private static void connect(Circuit circuit, List<Population> pops, int target, int source) {
    boolean exc = PotjansDiesmannTables.isExcitatory(source);
    double weight = exc ? weightPa() : G * weightPa();
    if (source == 2 && target == 0) {
      weight *= 2; // the paper doubles L4E→L2/3E
    }
    double delay = exc ? DELAY_E_MS : DELAY_I_MS;
    Elements.project(circuit, POPULATIONS.get(source) + "_" + POPULATIONS.get(target), pops.get(source),
        pops.get(target), rule(target, source), Elements.normalAbove(weight, WEIGHT_REL_SD * weight, 0.0),
        Elements.normalAbove(delay, DELAY_REL_SD * delay, DT_MS),
        Elements.current(exc ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY, SynapseKinetics.EXPONENTIAL,
            TAU_SYN_MS), true, true);
  }

  private static LifCurrent neuron() {
    LifCurrent lif = Elements.F.createLifCurrent();
    lif.setCm(C_M_PF);
    lif.setTauM(TAU_M_MS);
    lif.setTRef(T_REF_MS);
    lif.setEL(E_L_MV);
    lif.setVTh(V_TH_MV);
    lif.setVReset(V_RESET_MV);
    return lif;
  }

  private static void layout(Circuit circuit, List<Population> pops, List<Stimulus> background,
      List<? extends Recorder> recorders) {
    DiagramLayout layout = new DiagramLayout(circuit);
    for (int l = 0; l < LAYERS.size(); l++) {
      Region region = circuit.getRegions().get(l);
      int y = 30 + l * 130;
      layout.box(region, 240, y, 330, 110)
          .population(pops.get(2 * l), 25, 35).population(pops.get(2 * l + 1), 185, 35)
          .column(20, y + 10, 50, background.subList(2 * l, 2 * l + 2));
    }
    layout.column(650, 30, 60, recorders).connectAll();
  }

  private static String description(double scale) {
    String scaled = scale == 1.0 ? "Full scale: 77,169 neurons, about 0.3 billion synapses."
        : "Scaled to " + Math.round(scale * 100) + " %: population sizes \u00d7 " + Units.number(scale) + " (rounded), in-degrees of "
            + "the full-scale model kept, so every neuron's mean input is unchanged. No DC compensation: the paper's "
            + "downscaling note compensates the input lost by reducing in-degrees (K scaling) with a DC current; this "
            + "builder never reduces in-degrees. What changes is that more input is shared (more multapses), so "
            + "correlations are larger than at full scale.";
    return "Potjans & Diesmann (2014) cortical microcircuit: L2/3, L4, L5 and L6, each with an excitatory and an "
        + "inhibitory population (full sizes 20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948). " + scaled + "\n"
        + "Source: " + CITATION + "; connection probabilities from Table 5, neuron, synapse and input parameters "
        + "from the model description tables of the paper.\n"
        + "Neurons iaf_psc_exp: C_m = 250 pF, \u03c4_m = 10 ms, \u03c4_ref = 2 ms, E_L = \u221265 mV, "
        + "V_th = \u221250 mV, V_reset = \u221265 mV, \u03c4_syn = 0.5 ms; initial V_m normal (\u221258, 10) mV. "
        + "Weights normal with mean w = 87.8 pA (PSP 0.15 mV) and relative sd 0.1, inhibitory \u22124w "
        + "(g = \u22124), L4E\u2192L2/3E doubled; delays normal 1.5 \u00b1 0.75 ms (E) and 0.75 \u00b1 0.375 ms "
        + "(I), redrawn below dt = 0.1 ms. Background: Poisson 8 Hz \u00d7 K_ext (1600, 1500, 2100, 1900, 2000, "
        + "1900, 2900, 2100) with weight w. The optional thalamic input is left out, as in the paper's "
        + "spontaneous-activity simulations.\n"
        + "Connection rule: the paper draws K = ln(1\u2212C)/ln(1\u22121/(N_pre N_post)) synapses per projection "
        + "with multapses; here each projection is a fixed in-degree K/N_post of the full-scale model (rounded), "
        + "multapses and autapses allowed; L5I\u2192L4E (in-degree 0.32) is a fixed out-degree K/N_pre = 7 instead.\n"
        + "Expected: asynchronous irregular activity with layer-specific rates, low in L2/3E and L6E (about "
        + "1 Hz) and highest in L5 (about 8\u20139 Hz); full-scale mean rates as NEST's implementation of the "
        + "paper lists them: 0.97, 2.9, 4.7, 5.4, 8.1, 9.1, 1.0, 7.5 Hz (L2/3E \u2026 L6I).";
  }
}
