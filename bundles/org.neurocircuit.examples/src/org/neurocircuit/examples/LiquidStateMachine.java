package org.neurocircuit.examples;

import static org.neurocircuit.examples.internal.Elements.F;
import static org.neurocircuit.examples.internal.Elements.constant;

import java.util.List;
import java.util.SplittableRandom;

import org.neurocircuit.examples.internal.DiagramLayout;
import org.neurocircuit.examples.internal.Elements;
import org.neurocircuit.examples.internal.RateSignal;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.TimeSeriesTarget;

/**
 * A liquid state machine after Maass, Natschläger &amp; Markram (2002): a 15×3×3 column of 135 LIF
 * neurons with distance-dependent connectivity and dynamic synapses, driven by Poisson input whose
 * rate is sinusoidally modulated, and a ridge readout that decodes that rate from the column's spikes.
 * Potentials of the paper are relative to rest; here rest is {@value #V_REST_MV} mV.
 */
public final class LiquidStateMachine {

  public static final String CITATION = "Maass W, Natschl\u00e4ger T, Markram H (2002) Real-time computing without "
      + "stable states: a new framework for neural computation based on perturbations. Neural Comput "
      + "14:2531\u20132560";

  /** Grid of the column, in grid points along x, y, z. */
  public static final int GRID_X = 15;
  public static final int GRID_Y = 3;
  public static final int GRID_Z = 3;
  /** Excitatory (80 %) and inhibitory (20 %) neurons of the 135. */
  public static final int N_E = 108;
  public static final int N_I = 27;
  /** Distance between grid points, µm (the paper counts in grid units; only λ × spacing matters). */
  public static final double GRID_SPACING_UM = 50.0;
  /** λ of the connection probability C exp(−(D/λ)²), grid units. */
  public static final double LAMBDA = 2.0;
  /** C of the connection probability for E→E, E→I, I→E, I→I. */
  public static final double C_EE = 0.3;
  public static final double C_EI = 0.2;
  public static final double C_IE = 0.4;
  public static final double C_II = 0.1;
  /** Membrane time constant, ms, and input resistance, MΩ: C_m = τ_m / R = 30 nF. */
  public static final double TAU_M_MS = 30.0;
  public static final double R_M_MOHM = 1.0;
  /** Resting potential, mV; threshold and reset 15 and 13.5 mV above it. */
  public static final double V_REST_MV = -70.0;
  public static final double THRESHOLD_ABOVE_REST_MV = 15.0;
  public static final double RESET_ABOVE_REST_MV = 13.5;
  /** Refractory periods of E and I neurons, ms. */
  public static final double T_REF_E_MS = 3.0;
  public static final double T_REF_I_MS = 2.0;
  /** Non-specific background current I_b, pA (13.5 nA). */
  public static final double I_B_PA = 13_500.0;
  /** Decay times of excitatory and inhibitory currents τ_s, ms. */
  public static final double TAU_SYN_E_MS = 3.0;
  public static final double TAU_SYN_I_MS = 6.0;
  /** Delays, ms: E→E, and all others. */
  public static final double DELAY_EE_MS = 1.5;
  public static final double DELAY_OTHER_MS = 0.8;
  /** Mean amplitudes A, pA (paper in nA): E→E, E→I, I→E, I→I, input→E, input→I. */
  public static final double A_EE_PA = 30_000.0;
  public static final double A_EI_PA = 60_000.0;
  public static final double A_IE_PA = 19_000.0;
  public static final double A_II_PA = 19_000.0;
  public static final double A_INPUT_E_PA = 18_000.0;
  public static final double A_INPUT_I_PA = 9_000.0;
  /** Coefficient of variation of A (SD 100 % of the mean). */
  public static final double A_CV = 1.0;
  /** Input channels and their connection probability to the column. */
  public static final int INPUT_CHANNELS = 4;
  public static final double INPUT_P = 0.3;
  /** Mean input rate, Hz. */
  public static final double RATE_OFFSET_HZ = 45.0;
  /**
   * Sinusoids added to the mean rate, each {amplitude Hz, frequency Hz, phase rad}: aperiodic within
   * the run, between about 7 and 83 Hz.
   */
  private static final double[][] RATE_SINES = {{20.0, 0.5, 0.0}, {12.0, 1.3, 1.0}, {6.0, 3.1, 2.0}};
  /** Sampling interval of the rate (the readout's bin width), ms. */
  public static final double RATE_SAMPLE_MS = 20.0;
  /** Seed of the input trains (written into the circuit, not drawn at run time). */
  public static final long INPUT_SEED = 2002L;
  /** Simulated time, ms, and time step, ms. */
  public static final double DURATION_MS = 10_000.0;
  public static final double DT_MS = 0.1;
  /** Readout: bin width, ms, past bins, contiguous folds. */
  public static final double DECODE_BIN_MS = 20.0;
  public static final int HISTORY_BINS = 3;
  public static final int FOLDS = 5;
  /**
   * Ridge penalty of the readout (on z-scored counts): 135 neurons × 4 bins = 540 columns against about 390 training
   * bins per fold, so least squares would fit noise; a penalty of the order of the training bins shrinks it to the
   * stable part (held-out R² is flat from 1000 to 3000 and falls off on both sides).
   */
  public static final double READOUT_LAMBDA = 1000.0;

  private LiquidStateMachine() {
  }

  /** σ (µm) of the model's gaussian profile exp(−d²/2σ²) that equals the paper's exp(−(D/λ)²). */
  public static double sigmaUm() {
    return LAMBDA * GRID_SPACING_UM / StrictMath.sqrt(2.0);
  }

  /** Membrane capacitance τ_m / R, pF. */
  public static double cmPf() {
    return TAU_M_MS / R_M_MOHM * 1000.0;
  }

  /** A lognormal amplitude of the given mean (pA) and CV {@value #A_CV}, in place of the paper's gamma. */
  public static LogNormalDistribution amplitude(double meanPa) {
    double sigma2 = StrictMath.log1p(A_CV * A_CV);
    LogNormalDistribution lognormal = F.createLogNormalDistribution();
    lognormal.setMu(StrictMath.log(meanPa) - sigma2 / 2);
    lognormal.setSigma(StrictMath.sqrt(sigma2));
    return lognormal;
  }

  /** The input rate: samples every {@value #RATE_SAMPLE_MS} ms, linearly interpolated. */
  public static RateSignal inputRate() {
    return RateSignal.sumOfSines(RATE_OFFSET_HZ, RATE_SINES, DURATION_MS, RATE_SAMPLE_MS);
  }

  /** The circuit. */
  public static Circuit create() {
    Circuit circuit = Elements.circuit("liquid_state_machine", description(), DURATION_MS, DT_MS, 2002L);
    Population e = column(Elements.population("E", N_E, Elements.EXCITATORY_COLOR, neuron(T_REF_E_MS)));
    Population i = column(Elements.population("I", N_I, Elements.INHIBITORY_COLOR, neuron(T_REF_I_MS)));
    circuit.getRegions().add(Elements.region("column", "#EEF3EA", e, i));
    RateSignal rate = inputRate();
    Population input = Elements.population("input", INPUT_CHANNELS, Elements.INPUT_COLOR, inputTrains(rate));
    circuit.getPopulations().add(input);

    connect(circuit, e, e, true, distance(C_EE), A_EE_PA, DELAY_EE_MS, stp(0.5, 1100, 50));
    connect(circuit, e, i, true, distance(C_EI), A_EI_PA, DELAY_OTHER_MS, stp(0.05, 125, 1200));
    connect(circuit, i, e, false, distance(C_IE), A_IE_PA, DELAY_OTHER_MS, stp(0.25, 700, 20));
    connect(circuit, i, i, false, distance(C_II), A_II_PA, DELAY_OTHER_MS, stp(0.32, 144, 60));
    // Input synapses are static: the paper gives U, D, F only for the recurrent E/I connections, and with the
    // E→E depression (U 0.5, D 1.1 s) a channel firing at 45 Hz keeps about 4 % of its first efficacy, a few
    // hundredths of a mV per spike, which leaves the column silent after its initial transient.
    connect(circuit, input, e, true, Elements.fixedProbability(INPUT_P), A_INPUT_E_PA, DELAY_EE_MS, null);
    connect(circuit, input, i, true, Elements.fixedProbability(INPUT_P), A_INPUT_I_PA, DELAY_OTHER_MS, null);

    var background = Elements.dc(circuit, "background", I_B_PA, e, i);
    SpikeRecorder liquid = Elements.spikes(circuit, "spikes_column", e, i);
    var inputSpikes = Elements.spikes(circuit, "spikes_input", input);
    var membrane = Elements.membrane(circuit, "V_m", 10, DT_MS, e, i);
    var rates = Elements.rates(circuit, "rates", 5.0, e, i, input);
    circuit.getDecodingTasks().add(readout(liquid, rate));

    new DiagramLayout(circuit)
        .population(input, 30, 85)
        .box(circuit.getRegions().get(0), 230, 40, 360, 150).population(e, 30, 50).population(i, 210, 50)
        .column(335, 230, 60, List.of(background))
        .column(660, 30, 60, List.of(liquid, inputSpikes, membrane, rates))
        .connectAll();
    return circuit;
  }

  /**
   * Places the population uniformly in the 15×3×3 grid's volume (the metamodel's grid layout is 2-D)
   * and starts its V_m between reset and threshold.
   */
  private static Population column(Population population) {
    RandomBoxLayout box = F.createRandomBoxLayout();
    box.setExtentX(GRID_X * GRID_SPACING_UM);
    box.setExtentY(GRID_Y * GRID_SPACING_UM);
    box.setExtentZ(GRID_Z * GRID_SPACING_UM);
    population.setLayout(box);
    Elements.initial(population, "V_m",
        Elements.uniform(V_REST_MV + RESET_ABOVE_REST_MV, V_REST_MV + THRESHOLD_ABOVE_REST_MV));
    return population;
  }

  private static LifCurrent neuron(double tRefMs) {
    LifCurrent lif = F.createLifCurrent();
    lif.setCm(cmPf());
    lif.setTauM(TAU_M_MS);
    lif.setEL(V_REST_MV);
    lif.setVTh(V_REST_MV + THRESHOLD_ABOVE_REST_MV);
    lif.setVReset(V_REST_MV + RESET_ABOVE_REST_MV);
    lif.setTRef(tRefMs);
    return lif;
  }

  /** {@value #INPUT_CHANNELS} independent Poisson trains at the input rate, drawn once from the seed. */
  private static SpikeTimeSource inputTrains(RateSignal rate) {
    SplittableRandom random = new SplittableRandom(INPUT_SEED);
    SpikeTimeSource source = F.createSpikeTimeSource();
    for (int n = 0; n < INPUT_CHANNELS; n++) {
      SpikeTrain train = F.createSpikeTrain();
      train.setNeuron(n);
      train.getTimes().addAll(rate.poissonTrain(random, DT_MS, DURATION_MS));
      source.getTrains().add(train);
    }
    return source;
  }

  private static DistanceDependent distance(double c) {
    DistanceDependent rule = F.createDistanceDependent();
    rule.setP0(c);
    rule.setSigma(sigmaUm());
    rule.setProfile(DistanceProfile.GAUSSIAN);
    return rule;
  }

  /** Tsodyks–Markram synapse: U, D = τ_rec (ms), F = τ_fac (ms), the paper's means. */
  private static ShortTermPlasticity stp(double u, double tauRecMs, double tauFacMs) {
    ShortTermPlasticity stp = F.createShortTermPlasticity();
    stp.setU(u);
    stp.setTauRec(tauRecMs);
    stp.setTauFac(tauFacMs);
    return stp;
  }

  private static void connect(Circuit circuit, Population source, Population target, boolean exc, ConnectionRule rule,
      double amplitudePa, double delayMs, ShortTermPlasticity stp) { // stp null: a static synapse
    var receptor = Elements.current(exc ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY,
        SynapseKinetics.EXPONENTIAL, exc ? TAU_SYN_E_MS : TAU_SYN_I_MS);
    Elements.project(circuit, source.getName() + "_" + target.getName(), source, target, rule, amplitude(amplitudePa),
        constant(delayMs), receptor, false, false).setPlasticity(stp);
  }

  /** Ridge regression of the input rate from the column's spike counts. */
  private static DecodingTask readout(SpikeRecorder liquid, RateSignal rate) {
    TimeSeriesTarget target = F.createTimeSeriesTarget();
    // The samples' values are all distinct, which matters: the metamodel's many-valued attributes are
    // unique lists, so a repeated value would be dropped.
    rate.samples(target.getTimes(), target.getValues());
    DecodingTask task = F.createDecodingTask();
    task.setName("input_rate");
    task.setDescription("Decode the input rate (Hz) from the column's spikes; the input's own spikes are not used.");
    task.getRecorders().add(liquid);
    task.setTarget(target);
    task.setDecoderId("ridge");
    task.setBinWidth(DECODE_BIN_MS);
    task.setHistoryBins(HISTORY_BINS);
    task.setFolds(FOLDS);
    task.setCausal(true);
    DecoderParameter lambda = F.createDecoderParameter();
    lambda.setKey("lambda");
    lambda.setValue(Long.toString((long) READOUT_LAMBDA));
    task.getParameters().add(lambda);
    return task;
  }

  private static String description() {
    return "Liquid state machine: a 15\u00d73\u00d73 column of 135 LIF neurons (108 E, 27 I) with distance-dependent "
        + "connectivity and dynamic synapses, driven by 4 Poisson input channels whose common rate is modulated by "
        + "three sinusoids, r(t) = 45 + 20 sin(2\u03c0 0.5t) + 12 sin(2\u03c0 1.3t + 1) + 6 sin(2\u03c0 3.1t + 2) Hz "
        + "(t in s, about 7\u201383 Hz); the decoding task input_rate trains a ridge readout on the "
        + "column's spike counts (20 ms bins, 3 past bins, ridge penalty 1000 on z-scored counts, 5 contiguous folds, "
        + "causal) to report the current rate.\n"
        + "Source: " + CITATION + "; column, neuron and synapse parameters from the paper's details of its generic "
        + "neural microcircuit models.\n"
        + "Neurons: \u03c4_m = 30 ms, R = 1 M\u03a9 (C_m = 30 nF), threshold 15 mV and reset 13.5 mV above rest "
        + "(rest here \u221270 mV: V_th = \u221255, V_reset = \u221256.5 mV), refractory 3 ms (E) / 2 ms (I), background "
        + "current I_b = 13.5 nA, initial V_m uniform in [13.5, 15] mV above rest. Connectivity C exp(\u2212(D/\u03bb)\u00b2), "
        + "\u03bb = 2 grid units, C = 0.3 (E\u2192E), 0.2 (E\u2192I), 0.4 (I\u2192E), 0.1 (I\u2192I); with a grid spacing of "
        + "50 \u00b5m this is the gaussian profile with \u03c3 = \u03bb \u00d7 50 \u00b5m / \u221a2 = 70.7 \u00b5m. Exponential "
        + "currents \u03c4_s = 3 ms (E) / 6 ms (I), delays 1.5 ms (E\u2192E) and 0.8 ms (others). Tsodyks\u2013Markram "
        + "synapses (U, D, F): E\u2192E 0.5, 1.1 s, 0.05 s; E\u2192I 0.05, 0.125 s, 1.2 s; I\u2192E 0.25, 0.7 s, 0.02 s; "
        + "I\u2192I 0.32, 0.144 s, 0.06 s. Amplitudes A: 30, 60, \u221219, \u221219 nA; input 18 nA onto E, 9 nA onto I.\n"
        + "Choices where the metamodel or the paper leaves room: positions are uniform in the 750 \u00d7 150 \u00d7 150 "
        + "\u00b5m volume of the grid (the grid layout is 2-D), which keeps the density but not the lattice; E/I "
        + "identity is random per position, as in the paper. A is lognormal with SD 100 % of the mean (the paper: "
        + "gamma); U, D, F are the means (the paper adds 50 % SD). Input synapses are static (the paper gives U, D, F for "
        + "the recurrent connections only; with E\u2192E depression a 45 Hz input would keep ~4 % of its efficacy and "
        + "leave the column silent); each input channel reaches 30 % of the column; the modulated rate and the input "
        + "trains are ours: the rate is sampled every 20 ms and linearly interpolated, the trains follow it and are "
        + "drawn once from seed 2002 and stored in the circuit, and the decoding target is the same samples as an "
        + "explicit time series.\n"
        + "Expected: irregular column activity that follows the input rate with a fading memory of tens of ms, from "
        + "which the linear readout recovers the current rate well above chance, the paper's central claim.";
  }
}
