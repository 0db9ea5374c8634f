package org.neurocircuit.examples;

import static org.neurocircuit.examples.internal.Elements.EXCITATORY_COLOR;
import static org.neurocircuit.examples.internal.Elements.F;
import static org.neurocircuit.examples.internal.Elements.INHIBITORY_COLOR;
import static org.neurocircuit.examples.internal.Elements.constant;
import static org.neurocircuit.examples.internal.Elements.fixedProbability;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.neurocircuit.examples.internal.DiagramLayout;
import org.neurocircuit.examples.internal.Elements;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;

/**
 * The Vogels–Abbott networks as benchmarks 1 (COBA) and 2 (CUBA) of Brette et al. (2007): exactly the
 * circuits of the Brian2 reference {@code reference/brian2/vogels_abbott.py}, which the built-in
 * engine's statistics are checked against.
 */
public final class VogelsAbbott2005 {

  public static final String CITATION = "Vogels TP, Abbott LF (2005) Signal propagation and logic gating in networks "
      + "of integrate-and-fire neurons. J Neurosci 25:10786\u201310795; Brette R et al. (2007) Simulation of networks "
      + "of spiking neurons: a review of tools and strategies. J Comput Neurosci 23:349\u2013398";

  /** Excitatory neurons. */
  public static final int N_E = 3200;
  /** Inhibitory neurons. */
  public static final int N_I = 800;
  /** Connection probability of every pair (in-degree about 80). */
  public static final double P_CONNECT = 0.02;
  /** Membrane capacitance C_m, pF, chosen so that g_L = C_m / τ_m = 10 nS. */
  public static final double C_M_PF = 200.0;
  /** Membrane time constant τ_m, ms. */
  public static final double TAU_M_MS = 20.0;
  /** Leak conductance g_L, nS. */
  public static final double G_L_NS = C_M_PF / TAU_M_MS;
  /** Threshold, mV. */
  public static final double V_TH_MV = -50.0;
  /** Reset, mV. */
  public static final double V_RESET_MV = -60.0;
  /** Refractory period, ms. */
  public static final double T_REF_MS = 5.0;
  /** Excitatory synaptic time constant τ_e, ms. */
  public static final double TAU_E_MS = 5.0;
  /** Inhibitory synaptic time constant τ_i, ms. */
  public static final double TAU_I_MS = 10.0;
  /** Time step, ms; also the delay, since a delay must be at least dt (Brian2's has none). */
  public static final double DT_MS = 0.1;
  /** Simulated time, ms. */
  public static final double DURATION_MS = 1000.0;

  /** CUBA resting potential E_L, mV (above threshold: the network is self-sustained). */
  public static final double CUBA_E_L_MV = -49.0;
  /** CUBA excitatory jump of Brian2's current variable, mV (×g_L gives the current). */
  public static final double CUBA_JUMP_E_MV = 1.62;
  /** CUBA inhibitory jump, mV. */
  public static final double CUBA_JUMP_I_MV = 9.0;
  /** CUBA excitatory weight, pA: 1.62 mV × 10 nS = 16.2 pA. */
  public static final double CUBA_W_E_PA = CUBA_JUMP_E_MV * G_L_NS;
  /** CUBA inhibitory weight, pA: 9 mV × 10 nS = 90 pA. */
  public static final double CUBA_W_I_PA = CUBA_JUMP_I_MV * G_L_NS;

  /** COBA resting potential E_L, mV. */
  public static final double COBA_E_L_MV = -60.0;
  /** COBA excitatory reversal potential, mV. */
  public static final double COBA_E_E_MV = 0.0;
  /** COBA inhibitory reversal potential, mV. */
  public static final double COBA_E_I_MV = -80.0;
  /** COBA excitatory weight, nS (0.6 g_L). */
  public static final double COBA_W_E_NS = 6.0;
  /** COBA inhibitory weight, nS (6.7 g_L). */
  public static final double COBA_W_I_NS = 67.0;
  /** COBA initial excitatory conductance: mean, nS (4 g_L). */
  public static final double COBA_G_EX0_MEAN_NS = 40.0;
  /** COBA initial excitatory conductance: standard deviation, nS (1.5 g_L). */
  public static final double COBA_G_EX0_SD_NS = 15.0;
  /** COBA initial inhibitory conductance: mean, nS (20 g_L). */
  public static final double COBA_G_IN0_MEAN_NS = 200.0;
  /** COBA initial inhibitory conductance: standard deviation, nS (12 g_L). */
  public static final double COBA_G_IN0_SD_NS = 120.0;

  private VogelsAbbott2005() {
  }

  /** Benchmark 2: current-based synapses. */
  public static Circuit cuba() {
    Circuit circuit = Elements.circuit("vogels_abbott_cuba", description(false), DURATION_MS, DT_MS, 1L);
    Population[] pops = populations(circuit, VogelsAbbott2005::cubaNeuron);
    connect(circuit, pops,
        Elements.current(ReceptorSign.EXCITATORY, SynapseKinetics.EXPONENTIAL, TAU_E_MS), CUBA_W_E_PA,
        Elements.current(ReceptorSign.INHIBITORY, SynapseKinetics.EXPONENTIAL, TAU_I_MS), CUBA_W_I_PA);
    return finish(circuit, pops);
  }

  /** Benchmark 1: conductance-based synapses, activity started by random initial V_m and conductances. */
  public static Circuit coba() {
    Circuit circuit = Elements.circuit("vogels_abbott_coba", description(true), DURATION_MS, DT_MS, 1L);
    Population[] pops = populations(circuit, VogelsAbbott2005::cobaNeuron);
    for (Population population : pops) {
      // Brian2 draws randn() without bounds, so a few initial conductances are negative there too.
      Elements.initial(population, "g_ex", Elements.normal(COBA_G_EX0_MEAN_NS, COBA_G_EX0_SD_NS));
      Elements.initial(population, "g_in", Elements.normal(COBA_G_IN0_MEAN_NS, COBA_G_IN0_SD_NS));
    }
    connect(circuit, pops,
        Elements.conductance(ReceptorSign.EXCITATORY, TAU_E_MS, COBA_E_E_MV), COBA_W_E_NS,
        Elements.conductance(ReceptorSign.INHIBITORY, TAU_I_MS, COBA_E_I_MV), COBA_W_I_NS);
    return finish(circuit, pops);
  }

  private static Population[] populations(Circuit circuit, Supplier<NeuronModel> neuron) {
    Population e = Elements.population("E", N_E, EXCITATORY_COLOR, neuron.get());
    Population i = Elements.population("I", N_I, INHIBITORY_COLOR, neuron.get());
    for (Population population : List.of(e, i)) {
      Elements.initial(population, "V_m", Elements.uniform(V_RESET_MV, V_TH_MV));
    }
    circuit.getRegions().add(Elements.region("network", "#F4F1EA", e, i));
    return new Population[] {e, i};
  }

  /** All four pathways with p = 0.02; autapses allowed and multapses not, as Brian2's connect(p=...). */
  private static void connect(Circuit circuit, Population[] pops, Receptor excitatory, double wE, Receptor inhibitory,
      double wI) {
    Population e = pops[0];
    Population i = pops[1];
    for (Population target : pops) {
      Elements.project(circuit, "E_" + target.getName(), e, target, fixedProbability(P_CONNECT), constant(wE),
          constant(DT_MS), EcoreUtil.copy(excitatory), true, false);
      Elements.project(circuit, "I_" + target.getName(), i, target, fixedProbability(P_CONNECT), constant(wI),
          constant(DT_MS), EcoreUtil.copy(inhibitory), true, false);
    }
  }

  private static Circuit finish(Circuit circuit, Population[] pops) {
    var spikes = Elements.spikes(circuit, "spikes", pops);
    var membrane = Elements.membrane(circuit, "V_m", 10, DT_MS, pops);
    var rates = Elements.rates(circuit, "rates", 1.0, pops);
    new DiagramLayout(circuit)
        .box(circuit.getRegions().get(0), 40, 40, 360, 150)
        .population(pops[0], 30, 50).population(pops[1], 210, 50)
        .column(470, 40, 60, List.of(spikes, membrane, rates))
        .connectAll();
    return circuit;
  }

  private static LifCurrent cubaNeuron() {
    LifCurrent lif = F.createLifCurrent();
    lif.setCm(C_M_PF);
    lif.setTauM(TAU_M_MS);
    lif.setEL(CUBA_E_L_MV);
    lif.setVTh(V_TH_MV);
    lif.setVReset(V_RESET_MV);
    lif.setTRef(T_REF_MS);
    return lif;
  }

  private static LifConductance cobaNeuron() {
    LifConductance lif = F.createLifConductance();
    lif.setCm(C_M_PF);
    lif.setGL(G_L_NS);
    lif.setEL(COBA_E_L_MV);
    lif.setVTh(V_TH_MV);
    lif.setVReset(V_RESET_MV);
    lif.setTRef(T_REF_MS);
    return lif;
  }

  private static String description(boolean coba) {
    String common = "4000 LIF neurons (3200 E, 800 I), every pair connected with p = 0.02 (in-degree about 80; "
        + "autapses allowed, multapses not, as Brian2's connect(p=0.02)), C_m = 200 pF, \u03c4_m = 20 ms "
        + "(g_L = 10 nS), V_th = \u221250 mV, V_reset = \u221260 mV, refractory 5 ms, exponential synapses "
        + "\u03c4_e = 5 ms, \u03c4_i = 10 ms, dt = 0.1 ms, 1 s, initial V_m uniform in [\u221260, \u221250) mV.\n"
        + "Source: " + CITATION + " (Vogels & Abbott's network as specified by Brette et al.'s benchmarks 1 and 2, "
        + "parameters from their benchmark description); the circuit is exactly that of the Brian2 "
        + "reference reference/brian2/vogels_abbott.py. Difference: a delay must be at least dt, so synapses act "
        + "after 0.1 ms, whereas Brian2's on_pre applies in the same step.\n";
    if (coba) {
      return "Vogels\u2013Abbott COBA, benchmark 1 of Brette et al. (2007): conductance-based LIF network.\n" + common
          + "E_L = \u221260 mV, E_e = 0 mV, E_i = \u221280 mV, conductance jumps 6 nS (E) and 67 nS (I) "
          + "(0.6 and 6.7 g_L); no external drive: activity starts from the random initial state, g_ex normal "
          + "(40, 15) nS and g_in normal (200, 120) nS (Brian2: 4 \u00b1 1.5 and 20 \u00b1 12 g_L, unbounded).\n"
          + "Expected (Brian2 2.5.1, 5 seeds, reference/brian2/vogels_abbott.json): rate about 19 Hz, CV of ISI "
          + "about 1.5, about 9 % of the neurons silent.";
    }
    return "Vogels\u2013Abbott CUBA, benchmark 2 of Brette et al. (2007): current-based LIF network.\n" + common
        + "E_L = \u221249 mV (above threshold), current jumps +16.2 pA (E) and \u221290 pA (I): Brian2 jumps its current "
        + "variable, in volts, by 1.62 mV and \u22129 mV, times g_L = 10 nS.\n"
        + "Expected (Brian2 2.5.1, 5 seeds, reference/brian2/vogels_abbott.json): rate about 5.7 Hz, CV of ISI "
        + "about 0.53, about 15 % of the neurons silent.";
  }
}
