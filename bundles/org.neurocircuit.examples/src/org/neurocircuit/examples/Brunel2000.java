package org.neurocircuit.examples;

import static org.neurocircuit.examples.internal.Elements.EXCITATORY_COLOR;
import static org.neurocircuit.examples.internal.Elements.F;
import static org.neurocircuit.examples.internal.Elements.INHIBITORY_COLOR;
import static org.neurocircuit.examples.internal.Elements.constant;
import static org.neurocircuit.examples.internal.Elements.current;
import static org.neurocircuit.examples.internal.Elements.fixedInDegree;

import java.util.List;

import org.neurocircuit.examples.internal.DiagramLayout;
import org.neurocircuit.examples.internal.Elements;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.units.Units;

/**
 * Brunel (2000): a sparse network of excitatory and inhibitory LIF neurons with delta synapses
 * (voltage jumps), driven by external Poisson input, in the four regimes of the paper's Fig. 8.
 *
 * <p>Brunel's potentials are relative to rest; here rest is {@value #E_L_MV} mV, so the threshold
 * θ = 20 mV becomes −50 mV and the reset V_r = 10 mV becomes −60 mV.
 */
public final class Brunel2000 {

  public static final String CITATION = "Brunel N (2000) Dynamics of sparsely connected networks of excitatory and "
      + "inhibitory spiking neurons. J Comput Neurosci 8:183\u2013208";

  /** The regimes of Brunel's Fig. 8, with his labels, panel, g and η = ν_ext/ν_thr. */
  public enum Regime {
    /** Synchronous regular, Fig. 8A. */
    SR("SR", "SR", "A", 3.0, 2.0, "almost fully synchronized network, neurons firing regularly at high rates "
        + "(several hundred Hz, bounded by 1/\u03c4_rp = 500 Hz)"),
    /** Synchronous irregular with a fast global oscillation, Fig. 8B. */
    SI_FAST("SI_fast", "SI fast", "B", 6.0, 4.0, "fast oscillation of the global activity, neurons firing irregularly "
        + "at a rate lower than the global frequency; stationary mean-field rate 55.8 Hz"),
    /** Asynchronous irregular, Fig. 8C. */
    AI("AI", "AI", "C", 5.0, 2.0, "stationary global activity, irregularly firing neurons at about 38 Hz "
        + "(mean-field rate 37.9 Hz)"),
    /** Synchronous irregular with a slow global oscillation, Fig. 8D. */
    SI_SLOW("SI_slow", "SI slow", "D", 4.5, 0.9, "slow oscillation of the global activity, neurons firing "
        + "irregularly at very low rates (mean-field rate 6.5 Hz)");

    private final String idSuffix;
    private final String label;
    private final String panel;
    private final double g;
    private final double eta;
    private final String behaviour;

    Regime(String idSuffix, String label, String panel, double g, double eta, String behaviour) {
      this.idSuffix = idSuffix;
      this.label = label;
      this.panel = panel;
      this.g = g;
      this.eta = eta;
      this.behaviour = behaviour;
    }

    /** Catalogue id and circuit name, e.g. {@code brunel2000_SI_fast}. */
    public String id() {
      return "brunel2000_" + idSuffix;
    }

    /** Brunel's label, e.g. "SI fast". */
    public String label() {
      return label;
    }

    /** The panel of Fig. 8, A–D. */
    public String panel() {
      return panel;
    }

    /** Relative strength of inhibition g = J_I / J_E. */
    public double g() {
      return g;
    }

    /** External rate relative to threshold, η = ν_ext / ν_thr. */
    public double eta() {
      return eta;
    }

    /** What the paper reports for this regime. */
    public String behaviour() {
      return behaviour;
    }
  }

  /** Excitatory neurons N_E. */
  public static final int N_E = 10_000;
  /** Inhibitory neurons N_I (γ = N_I/N_E = 0.25). */
  public static final int N_I = 2_500;
  /** Connection probability ε, applied as a fixed in-degree. */
  public static final double EPSILON = 0.1;
  /** Excitatory in-degree C_E = ε N_E. */
  public static final int C_E = (int) Math.round(EPSILON * N_E);
  /** Inhibitory in-degree C_I = ε N_I. */
  public static final int C_I = (int) Math.round(EPSILON * N_I);
  /** Excitatory PSP amplitude J, mV (a jump of V_m). */
  public static final double J_MV = 0.1;
  /** Transmission delay D, ms. */
  public static final double DELAY_MS = 1.5;
  /** Membrane time constant τ, ms. */
  public static final double TAU_M_MS = 20.0;
  /** Threshold θ above rest, mV. */
  public static final double THETA_MV = 20.0;
  /** Reset V_r above rest, mV. */
  public static final double V_R_MV = 10.0;
  /** Refractory period τ_rp, ms. */
  public static final double T_REF_MS = 2.0;
  /** Resting potential E_L used to place Brunel's relative potentials, mV. */
  public static final double E_L_MV = -70.0;
  /** Simulated time, ms: long enough for the 1000–1200 ms windows of Fig. 8. */
  public static final double DURATION_MS = 1200.0;
  /** Time step, ms. */
  public static final double DT_MS = 0.1;

  private Brunel2000() {
  }

  /** ν_thr = θ / (J C_E τ), Hz: the external rate that brings the mean input to threshold. */
  public static double nuThresholdHz() {
    return THETA_MV / (J_MV * C_E * TAU_M_MS) * 1000.0;
  }

  /** Total external Poisson rate per neuron C_E η ν_thr, Hz (C_E inputs of rate ν_ext each). */
  public static double externalRateHz(Regime regime) {
    return C_E * regime.eta() * nuThresholdHz();
  }

  /** The circuit of {@code regime}. */
  public static Circuit create(Regime regime) {
    Circuit circuit = Elements.circuit(regime.id(), description(regime), DURATION_MS, DT_MS, 2000L);
    Population e = Elements.population("E", N_E, EXCITATORY_COLOR, neuron());
    Population i = Elements.population("I", N_I, INHIBITORY_COLOR, neuron());
    for (Population population : List.of(e, i)) {
      // Start spread below threshold so that the run does not open with one synchronous volley.
      Elements.initial(population, "V_m", Elements.uniform(E_L_MV, E_L_MV + THETA_MV));
    }
    circuit.getRegions().add(Elements.region("network", "#F4F1EA", e, i));

    double inhibitoryJ = regime.g() * J_MV;
    for (Population target : List.of(e, i)) {
      Elements.project(circuit, "E_" + target.getName(), e, target, fixedInDegree(C_E), constant(J_MV),
          constant(DELAY_MS), current(ReceptorSign.EXCITATORY, SynapseKinetics.DELTA, 5.0), false, false);
      Elements.project(circuit, "I_" + target.getName(), i, target, fixedInDegree(C_I), constant(inhibitoryJ),
          constant(DELAY_MS), current(ReceptorSign.INHIBITORY, SynapseKinetics.DELTA, 5.0), false, false);
    }
    var external = Elements.poisson(circuit, "external", externalRateHz(regime), J_MV,
        current(ReceptorSign.EXCITATORY, SynapseKinetics.DELTA, 5.0), e, i);

    var spikes = Elements.spikes(circuit, "spikes", e, i);
    var membrane = Elements.membrane(circuit, "V_m", 10, DT_MS, e, i);
    var rates = Elements.rates(circuit, "rates", 1.0, e, i);

    new DiagramLayout(circuit)
        .box(circuit.getRegions().get(0), 220, 40, 360, 150)
        .population(e, 30, 50).population(i, 210, 50)
        .column(20, 95, 60, List.of(external))
        .column(650, 40, 60, List.of(spikes, membrane, rates))
        .connectAll();
    return circuit;
  }

  private static LifCurrent neuron() {
    LifCurrent lif = F.createLifCurrent();
    lif.setTauM(TAU_M_MS);
    lif.setEL(E_L_MV);
    lif.setVTh(E_L_MV + THETA_MV);
    lif.setVReset(E_L_MV + V_R_MV);
    lif.setTRef(T_REF_MS);
    return lif;
  }

  private static String description(Regime regime) {
    return "Brunel (2000) sparse E/I network in the " + regime.label() + " regime (Fig. 8" + regime.panel()
        + ": g = " + Units.number(regime.g()) + ", \u03b7 = \u03bd_ext/\u03bd_thr = " + Units.number(regime.eta())
        + "). Expected, as the paper "
        + "reports: " + regime.behaviour() + ".\n"
        + "Source: " + CITATION + "; parameters of the simulations of Fig. 8 (network and neuron parameters in the "
        + "text, g and \u03b7 in the caption). Regime labels are Brunel's own from Fig. 8 (SR = A, SI fast = B, AI = C, "
        + "SI slow = D); the issue called the variants \"SR, AI fast, AI slow, SI\".\n"
        + "N_E = 10,000 and N_I = 2,500 LIF neurons (\u03c4 = 20 ms, \u03b8 = 20 mV, V_r = 10 mV, \u03c4_rp = 2 ms); "
        + "each neuron receives exactly C_E = \u03b5N_E = 1000 excitatory and C_I = 250 inhibitory synapses "
        + "(\u03b5 = 0.1; we draw distinct presynaptic neurons and no autapses, our reading of the paper's \"randomly "
        + "chosen\" inputs); delta synapses, J = 0.1 mV excitatory and "
        + "\u2212gJ inhibitory, delay D = 1.5 ms. External drive: C_E Poisson inputs per neuron at "
        + "\u03bd_ext = \u03b7 \u03bd_thr with \u03bd_thr = \u03b8/(J C_E \u03c4) = 10 Hz, modelled as one Poisson train of "
        + "C_E \u03bd_ext = " + Math.round(externalRateHz(regime)) + " Hz with weight J.\n"
        + "Mapping: Brunel's potentials are relative to rest; here E_L = \u221270 mV, so V_th = \u221250 mV and "
        + "V_reset = \u221260 mV. C_m keeps NEST's 250 pF (it plays no role: there are no currents). Initial V_m "
        + "uniform in [E_L, V_th) is our choice (the paper does not give one).";
  }
}
