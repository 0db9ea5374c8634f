package org.neurocircuit.examples;

import static org.neurocircuit.examples.internal.Elements.constant;
import static org.neurocircuit.examples.internal.Elements.fixedProbability;

import java.util.List;

import org.neurocircuit.examples.internal.DiagramLayout;
import org.neurocircuit.examples.internal.Elements;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;

/**
 * A strongly coupled excitatory core inside a larger balanced network, after Litwin-Kumar &amp;
 * Doiron (2012): the core is one of their excitatory clusters (80 neurons, connection probability
 * raised by R_EE = 2.5 and weights by J+ = 1.9 inside it), the surround their uniform E/I network.
 *
 * <p>Their model is dimensionless (threshold 1, reset 0); one unit is {@value #V_UNIT_MV} mV here,
 * above E_L = {@value #E_L_MV} mV, and each synapse keeps its total charge: an input of strength J
 * moves V by J units, so its exponential current has peak J × unit × C_m / τ_syn.
 */
public final class EmbeddedCore {

  public static final String CITATION = "Litwin-Kumar A, Doiron B (2012) Slow dynamics and high variability in "
      + "balanced cortical networks with clustered connections. Nat Neurosci 15:1498\u20131505";

  /** Excitatory neurons of the whole network. */
  public static final int N_E = 4000;
  /** Inhibitory neurons. */
  public static final int N_I = 1000;
  /** Number of clusters of the paper's clustered network (sets p_in and p_out). */
  public static final int CLUSTERS = 50;
  /** Neurons of one cluster: the core. */
  public static final int N_CORE = N_E / CLUSTERS;
  /** Mean E→E connection probability p_EE. */
  public static final double P_EE = 0.2;
  /** E→I, I→E and I→I connection probability. */
  public static final double P_EI = 0.5;
  /** Ratio of the E→E probability inside a cluster to that between clusters, R_EE. */
  public static final double R_EE = 2.5;
  /** Factor on E→E weights inside a cluster, J+. */
  public static final double J_PLUS = 1.9;
  /** Dimensionless strengths J_EE, J_EI (I→E), J_IE (E→I), J_II. */
  public static final double J_EE = 0.024;
  public static final double J_EI = 0.045;
  public static final double J_IE = 0.014;
  public static final double J_II = 0.057;
  /** Mean dimensionless drive μ_E (uniform on [1.1, 1.2] in the paper). */
  public static final double MU_E = 1.15;
  /** Mean dimensionless drive μ_I (uniform on [1, 1.05] in the paper). */
  public static final double MU_I = 1.025;
  /** One dimensionless voltage unit (threshold − reset), mV. */
  public static final double V_UNIT_MV = 20.0;
  /** Resting potential and reset (dimensionless 0), mV. */
  public static final double E_L_MV = -70.0;
  /** Membrane time constants τ_E and τ_I, ms. */
  public static final double TAU_M_E_MS = 15.0;
  public static final double TAU_M_I_MS = 10.0;
  /** Capacitances, pF: chosen so that g_L = C_m / τ_m = 20 nS in both populations. */
  public static final double C_M_E_PF = 300.0;
  public static final double C_M_I_PF = 200.0;
  /** Decay times of excitatory and inhibitory synaptic currents, ms (the 1 ms rise is dropped). */
  public static final double TAU_SYN_E_MS = 3.0;
  public static final double TAU_SYN_I_MS = 2.0;
  /** Refractory period, ms. */
  public static final double T_REF_MS = 5.0;
  /** Time step, ms; also the delay (the paper's synapses have none, a delay must be at least dt). */
  public static final double DT_MS = 0.1;
  /** Simulated time, ms: the core's episodes last hundreds of ms. */
  public static final double DURATION_MS = 3000.0;

  private EmbeddedCore() {
  }

  /** E→E probability between clusters, p_out = p_EE k / (R_EE + k − 1), which keeps the mean p_EE. */
  public static double pOut() {
    return P_EE * CLUSTERS / (R_EE + CLUSTERS - 1);
  }

  /** E→E probability inside the core, p_in = R_EE p_out. */
  public static double pIn() {
    return R_EE * pOut();
  }

  /** Peak current (pA) of a synapse of dimensionless strength {@code j} onto a neuron of capacitance cmPf. */
  public static double weightPa(double j, double cmPf, double tauSynMs) {
    return j * V_UNIT_MV * cmPf / tauSynMs;
  }

  /** The constant drive μ (dimensionless) as a current, pA: μ × unit × g_L. */
  public static double drivePa(double mu, double cmPf, double tauMMs) {
    return mu * V_UNIT_MV * cmPf / tauMMs;
  }

  /** The circuit. */
  public static Circuit create() {
    Circuit circuit = Elements.circuit("embedded_core", description(), DURATION_MS, DT_MS, 2012L);
    Population core = Elements.population("E_core", N_CORE, "#D9472B", neuron(C_M_E_PF, TAU_M_E_MS));
    Population surround = Elements.population("E_surround", N_E - N_CORE, Elements.EXCITATORY_COLOR,
        neuron(C_M_E_PF, TAU_M_E_MS));
    Population inh = Elements.population("I", N_I, Elements.INHIBITORY_COLOR, neuron(C_M_I_PF, TAU_M_I_MS));
    for (Population population : List.of(core, surround, inh)) {
      Elements.initial(population, "V_m", Elements.uniform(E_L_MV, E_L_MV + V_UNIT_MV));
    }
    circuit.getRegions().add(Elements.region("core", "#FBE3DA", core));
    circuit.getRegions().add(Elements.region("surround", "#EEF1F6", surround, inh));

    double wEE = weightPa(J_EE, C_M_E_PF, TAU_SYN_E_MS);
    excitatory(circuit, "E_core_E_core", core, core, pIn(), J_PLUS * wEE);
    excitatory(circuit, "E_core_E_surround", core, surround, pOut(), wEE);
    excitatory(circuit, "E_surround_E_core", surround, core, pOut(), wEE);
    excitatory(circuit, "E_surround_E_surround", surround, surround, P_EE, wEE);
    double wIE = weightPa(J_IE, C_M_I_PF, TAU_SYN_E_MS);
    excitatory(circuit, "E_core_I", core, inh, P_EI, wIE);
    excitatory(circuit, "E_surround_I", surround, inh, P_EI, wIE);
    double wEI = weightPa(J_EI, C_M_E_PF, TAU_SYN_I_MS);
    inhibitory(circuit, "I_E_core", inh, core, wEI);
    inhibitory(circuit, "I_E_surround", inh, surround, wEI);
    inhibitory(circuit, "I_I", inh, inh, weightPa(J_II, C_M_I_PF, TAU_SYN_I_MS));

    var driveE = Elements.dc(circuit, "drive_E", drivePa(MU_E, C_M_E_PF, TAU_M_E_MS), core, surround);
    var driveI = Elements.dc(circuit, "drive_I", drivePa(MU_I, C_M_I_PF, TAU_M_I_MS), inh);
    var spikes = Elements.spikes(circuit, "spikes", core, surround, inh);
    var membrane = Elements.membrane(circuit, "V_m", 10, DT_MS, core, surround);
    var rates = Elements.rates(circuit, "rates", 5.0, core, surround, inh);

    new DiagramLayout(circuit)
        .box(circuit.getRegions().get(0), 240, 30, 180, 120).population(core, 30, 40)
        .box(circuit.getRegions().get(1), 200, 200, 360, 130).population(surround, 30, 45).population(inh, 210, 45)
        .column(20, 90, 140, List.of(driveE, driveI))
        .column(660, 60, 70, List.of(spikes, membrane, rates))
        .connectAll();
    return circuit;
  }

  private static void excitatory(Circuit circuit, String name, Population source, Population target, double p,
      double weightPa) {
    Elements.project(circuit, name, source, target, fixedProbability(p), constant(weightPa), constant(DT_MS),
        Elements.current(ReceptorSign.EXCITATORY, SynapseKinetics.EXPONENTIAL, TAU_SYN_E_MS), false, false);
  }

  private static void inhibitory(Circuit circuit, String name, Population source, Population target, double weightPa) {
    Elements.project(circuit, name, source, target, fixedProbability(P_EI), constant(weightPa), constant(DT_MS),
        Elements.current(ReceptorSign.INHIBITORY, SynapseKinetics.EXPONENTIAL, TAU_SYN_I_MS), false, false);
  }

  private static LifCurrent neuron(double cmPf, double tauMMs) {
    LifCurrent lif = Elements.F.createLifCurrent();
    lif.setCm(cmPf);
    lif.setTauM(tauMMs);
    lif.setEL(E_L_MV);
    lif.setVTh(E_L_MV + V_UNIT_MV);
    lif.setVReset(E_L_MV);
    lif.setTRef(T_REF_MS);
    return lif;
  }

  private static String description() {
    return "Embedded core: a strongly coupled excitatory core (80 neurons) inside a larger balanced E/I network "
        + "(3920 E, 1000 I), after Litwin-Kumar & Doiron (2012). The core is one cluster of their clustered network "
        + "(E\u2192E probability p_in = 0.485 inside it, p_out = 0.194 to and from the rest, R_EE = 2.5 with 50 "
        + "clusters; weights inside it \u00d7 J+ = 1.9); the surround is their uniform network (p_EE = 0.2), so every "
        + "E neuron keeps about 800 excitatory inputs. p_EI = p_IE = p_II = 0.5.\n"
        + "Source: " + CITATION + "; network, neuron and synapse parameters from the Methods (N_E = 4000, N_I = 1000, "
        + "\u03c4_E = 15 ms, \u03c4_I = 10 ms, refractory 5 ms, J_EE = 0.024, J_EI = 0.045, J_IE = 0.014, "
        + "J_II = 0.057, synaptic decay 3 ms (E) and 2 ms (I), drive \u03bc_E in [1.1, 1.2], \u03bc_I in "
        + "[1, 1.05]).\n"
        + "Mapping of the dimensionless model: threshold 1 = 20 mV above E_L = \u221270 mV, reset at E_L; "
        + "C_m = 300 pF (E) and 200 pF (I), so g_L = 20 nS; each synapse keeps its charge (strength J moves V by "
        + "J \u00d7 20 mV): exponential currents of 48 pA (E\u2192E, 91.2 pA in the core), 135 pA (I\u2192E), "
        + "18.7 pA (E\u2192I) and 114 pA (I\u2192I). Simplifications: the 1 ms rise time is dropped; the drive is "
        + "the mean of the paper's uniform range, \u03bc_E = 1.15 (460 pA) and \u03bc_I = 1.025 (410 pA), since a "
        + "population has one DC current; delays are dt = 0.1 ms (the paper has none).\n"
        + "Expected, as the paper reports for clustered networks: the core switches between episodes of high and low "
        + "activity lasting hundreds of ms (slow rate fluctuations, high trial-to-trial variability), while the "
        + "uniform surround fires asynchronously and irregularly at low rates.";
  }
}
