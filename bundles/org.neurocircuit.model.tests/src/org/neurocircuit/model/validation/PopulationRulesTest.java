package org.neurocircuit.model.validation;

import static org.neurocircuit.model.validation.Find.after;
import static org.neurocircuit.model.validation.Find.model;
import static org.neurocircuit.model.validation.Find.pop;
import static org.neurocircuit.model.validation.Find.proj;
import static org.neurocircuit.model.validation.RuleCase.error;
import static org.neurocircuit.model.validation.RuleCase.warning;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.Stdp;

/** Populations, layouts, initial values and neuron-model parameters. */
class PopulationRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        error("size 0", Check.SIZE_POSITIVE, c -> after(() -> pop(c, "C").setSize(0), pop(c, "C")), Literals.POPULATION__SIZE,
            "set a size of at least 1 neuron", c -> pop(c, "C").setSize(1)),
        warning("colour 'blue'", Check.COLOR_FORMAT, c -> after(() -> c.getRegions().get(0).setColor("blue"),
            c.getRegions().get(0)), Literals.REGION__COLOR, "'#3366CC'", c -> c.getRegions().get(0).setColor("#AbCdEf")),
        error("initial value of a variable the model lacks", Check.INITIAL_VALUE,
            c -> after(() -> vm(c).setVariable("w"), vm(c)), Literals.INITIAL_VALUE__VARIABLE, "use one of V_m, g_ex, g_in",
            c -> vm(c).setVariable("g_ex")),
        error("V_m initialised twice", Check.INITIAL_VALUE,
            c -> after(() -> pop(c, "E").getInitialValues().add(EcoreUtil.copy(vm(c))), vm(c)),
            Literals.INITIAL_VALUE__VARIABLE, "delete one of the two", c -> {
              InitialValue gEx = EcoreUtil.copy(vm(c));
              gEx.setVariable("g_ex");
              pop(c, "E").getInitialValues().add(gEx);
            }),
        error("grid too small for the population", Check.LAYOUT, c -> after(() -> grid(c).setRows(30), grid(c)),
            Literals.GRID_LAYOUT__ROWS, "make rows \u00d7 columns equal the population size", c -> grid(c).setSpacing(50)),
        warning("grid larger than the population", Check.LAYOUT, c -> after(() -> grid(c).setRows(41), grid(c)),
            Literals.GRID_LAYOUT__ROWS, "make rows \u00d7 columns equal the population size", c -> {
              grid(c).setRows(80);
              grid(c).setColumns(40);
            }),
        error("negative box extent", Check.LAYOUT, c -> after(() -> box(c).setExtentX(-1), box(c)),
            Literals.RANDOM_BOX_LAYOUT__EXTENT_X, "\u2265 0 \u00b5m", c -> box(c).setExtentX(0)),
        error("τ_m = 0", Check.TIME_CONSTANT, c -> after(() -> lif(c).setTauM(0), lif(c)), Literals.LIF_CURRENT__TAU_M,
            "set \u03c4_m > 0 ms", c -> lif(c).setTauM(0.5)),
        error("negative refractory period", Check.TIME_CONSTANT, c -> after(() -> lif(c).setTRef(-1), lif(c)),
            Literals.LIF_CURRENT__TREF, "\u2265 0 ms", c -> lif(c).setTRef(0)),
        error("AdEx τ_w = 0", Check.TIME_CONSTANT, c -> after(() -> adex(c).setTauW(0), adex(c)), Literals.AD_EX__TAU_W,
            "> 0 ms", c -> adex(c).setTauW(30)),
        error("rate-unit τ = 0", Check.TIME_CONSTANT, c -> after(() -> model(c, "R", RateUnit.class).setTau(0),
            model(c, "R", RateUnit.class)), Literals.RATE_UNIT__TAU, "> 0 ms", c -> model(c, "R", RateUnit.class).setTau(1)),
        error("STDP τ+ negative", Check.TIME_CONSTANT, c -> after(() -> stdp(c).setTauPlus(-1), stdp(c)),
            Literals.STDP__TAU_PLUS, "> 0 ms", c -> stdp(c).setTauPlus(5)),
        error("STP τ_rec = 0", Check.TIME_CONSTANT, c -> after(() -> stp(c).setTauRec(0), stp(c)),
            Literals.SHORT_TERM_PLASTICITY__TAU_REC, "> 0 ms", c -> stp(c).setTauRec(2)),
        error("STP τ_fac negative", Check.TIME_CONSTANT, c -> after(() -> stp(c).setTauFac(-1), stp(c)),
            Literals.SHORT_TERM_PLASTICITY__TAU_FAC, "\u2265 0 ms", c -> stp(c).setTauFac(0)),
        error("C_m = 0", Check.MEMBRANE, c -> after(() -> cond(c).setCm(0), cond(c)), Literals.LIF_CONDUCTANCE__CM,
            "set C_m > 0 pF", c -> cond(c).setCm(1)),
        error("g_L negative", Check.MEMBRANE, c -> after(() -> cond(c).setGL(-1), cond(c)), Literals.LIF_CONDUCTANCE__GL,
            "set g_L > 0 nS", c -> cond(c).setGL(100)),
        error("V_reset above V_th", Check.POTENTIAL_ORDER, c -> after(() -> lif(c).setVReset(-50), lif(c)),
            Literals.LIF_CURRENT__VRESET, "set V_reset below V_th", c -> lif(c).setVReset(-56)),
        error("AdEx V_T at V_peak", Check.POTENTIAL_ORDER, c -> after(() -> adex(c).setVT(0), adex(c)), Literals.AD_EX__VT,
            "set V_T below V_peak", c -> adex(c).setVT(-1)),
        error("Izhikevich c above the cut-off", Check.POTENTIAL_ORDER, c -> after(() -> izh(c).setC(40), izh(c)),
            Literals.IZHIKEVICH__C, "below V_peak", c -> izh(c).setC(29)),
        warning("E_L above V_th", Check.POTENTIAL_ORDER, c -> after(() -> lif(c).setEL(-50), lif(c)), Literals.LIF_CURRENT__EL,
            "lower E_L below V_th", c -> lif(c).setEL(-56)),
        error("AdEx Δ_T = 0", Check.NEURON_PARAMETER, c -> after(() -> adex(c).setDeltaT(0), adex(c)),
            Literals.AD_EX__DELTA_T, "> 0 mV", c -> adex(c).setDeltaT(0.5)),
        error("Izhikevich a = 0", Check.NEURON_PARAMETER, c -> after(() -> izh(c).setA(0), izh(c)), Literals.IZHIKEVICH__A,
            "> 0", c -> izh(c).setA(0.1)),
        error("negative rate-unit gain", Check.NEURON_PARAMETER, c -> after(() -> model(c, "R", RateUnit.class).setGain(-1),
            model(c, "R", RateUnit.class)), Literals.RATE_UNIT__GAIN, "\u2265 0", c -> model(c, "R", RateUnit.class).setGain(0)),
        error("negative Poisson rate", Check.NON_NEGATIVE, c -> after(() -> poisson(c).setRate(-1), poisson(c)),
            Literals.POISSON_SOURCE__RATE, "\u2265 0 Hz", c -> poisson(c).setRate(0)),
        error("spike times out of order", Check.SPIKE_TIMES, c -> after(() -> source(c).getTimes().set(0, 30.0), source(c)),
            Literals.SPIKE_TIME_SOURCE__TIMES, "sort the times in ascending order", c -> source(c).getTimes().set(0, 15.0)),
        error("negative spike time", Check.SPIKE_TIMES, c -> after(() -> train(c).getTimes().set(0, -1.0), train(c)),
            Literals.SPIKE_TRAIN__TIMES, "use times \u2265 0 ms", c -> train(c).getTimes().set(0, 0.0)),
        error("train of a neuron that does not exist", Check.SPIKE_TIMES, c -> after(() -> train(c).setNeuron(2), train(c)),
            Literals.SPIKE_TRAIN__NEURON, "use an index from 0 to 1", c -> train(c).setNeuron(0)),
        error("two trains for one neuron", Check.SPIKE_TIMES, c -> {
          SpikeTrain again = EcoreUtil.copy(train(c));
          source(c).getTrains().add(again);
          return again;
        }, Literals.SPIKE_TRAIN__NEURON, "merge their times", c -> {
              SpikeTrain other = EcoreUtil.copy(train(c));
              other.setNeuron(0);
              source(c).getTrains().add(other);
            }));
  }

  private static InitialValue vm(Circuit c) {
    return pop(c, "E").getInitialValues().get(0);
  }

  private static GridLayout grid(Circuit c) {
    return (GridLayout) pop(c, "E").getLayout();
  }

  private static RandomBoxLayout box(Circuit c) {
    return (RandomBoxLayout) pop(c, "A").getLayout();
  }

  private static LifCurrent lif(Circuit c) {
    return model(c, "C", LifCurrent.class);
  }

  private static LifConductance cond(Circuit c) {
    return model(c, "E", LifConductance.class);
  }

  private static AdEx adex(Circuit c) {
    return model(c, "A", AdEx.class);
  }

  private static Izhikevich izh(Circuit c) {
    return model(c, "Iz", Izhikevich.class);
  }

  private static PoissonSource poisson(Circuit c) {
    return model(c, "ext", PoissonSource.class);
  }

  private static SpikeTimeSource source(Circuit c) {
    return model(c, "st", SpikeTimeSource.class);
  }

  private static SpikeTrain train(Circuit c) {
    return source(c).getTrains().get(0);
  }

  private static Stdp stdp(Circuit c) {
    return (Stdp) proj(c, "AA").getPlasticity();
  }

  private static ShortTermPlasticity stp(Circuit c) {
    return (ShortTermPlasticity) proj(c, "IE").getPlasticity();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failingCaseIsReported(RuleCase rule) {
    rule.assertFails();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passingCaseIsNot(RuleCase rule) {
    rule.assertPasses();
  }
}
