package org.neurocircuit.model.validation;

import static org.neurocircuit.model.tests.TestCircuits.F;
import static org.neurocircuit.model.tests.TestCircuits.constant;
import static org.neurocircuit.model.validation.Find.after;
import static org.neurocircuit.model.validation.Find.pop;
import static org.neurocircuit.model.validation.Find.proj;
import static org.neurocircuit.model.validation.Find.stim;
import static org.neurocircuit.model.validation.ProjectionRulesTest.normal;
import static org.neurocircuit.model.validation.ProjectionRulesTest.receptor;
import static org.neurocircuit.model.validation.ProjectionRulesTest.uniform;
import static org.neurocircuit.model.validation.RuleCase.error;
import static org.neurocircuit.model.validation.RuleCase.warning;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.SynapseKinetics;

/** Receptors against their targets, plasticity and distributions. */
class SynapseRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        error("conductance receptor onto a current-based LIF", Check.INPUT_ACCEPTED, c -> after(() -> proj(c, "EI")
            .setTarget(pop(c, "C")), receptor(c, "EI")), Literals.RECEPTOR__KIND, "use a current receptor",
            c -> proj(c, "EI").setTarget(pop(c, "A"))),
        error("projection onto a Poisson source", Check.INPUT_ACCEPTED, c -> after(() -> proj(c, "EI")
            .setTarget(pop(c, "ext")), proj(c, "EI")), Literals.PROJECTION__TARGET, "target a population of neurons",
            c -> proj(c, "EI").setSource(pop(c, "ext"))),
        error("DC onto a spike-time source", Check.INPUT_ACCEPTED, c -> after(() -> stim(c, "dc").getTargets()
            .add(pop(c, "st")), stim(c, "dc")), Literals.STIMULUS__TARGETS, "target a population of neurons",
            c -> stim(c, "dc").getTargets().add(pop(c, "R"))),
        error("conductance Poisson drive onto a rate unit", Check.INPUT_ACCEPTED, c -> after(() -> stim(c, "drive")
            .getTargets().add(pop(c, "R")), driveReceptor(c)), Literals.RECEPTOR__KIND, "use a current receptor",
            c -> stim(c, "drive").getTargets().add(pop(c, "Iz"))),
        error("delta kinetics on a conductance receptor", Check.KINETICS, c -> after(() -> receptor(c, "EI")
            .setKinetics(SynapseKinetics.DELTA), receptor(c, "EI")), Literals.RECEPTOR__KINETICS,
            "use exponential or alpha kinetics", c -> receptor(c, "EI").setKinetics(SynapseKinetics.ALPHA)),
        error("τ_syn = 0", Check.TIME_CONSTANT, c -> after(() -> receptor(c, "EI").setTauSyn(0), receptor(c, "EI")),
            Literals.RECEPTOR__TAU_SYN, "set \u03c4_syn > 0 ms", c -> receptor(c, "OO").setTauSyn(0)),
        error("excitatory E_rev below rest", Check.REVERSAL_POTENTIAL, c -> after(() -> receptor(c, "EI").setERev(-75),
            receptor(c, "EI")), Literals.RECEPTOR__EREV, "raise E_rev above threshold", c -> receptor(c, "EI").setERev(-54)),
        warning("excitatory E_rev between rest and threshold", Check.REVERSAL_POTENTIAL, c -> after(() -> receptor(c, "EI")
            .setERev(-60), receptor(c, "EI")), Literals.RECEPTOR__EREV, "raise E_rev above threshold",
            c -> receptor(c, "EI").setERev(20)),
        error("inhibitory E_rev at threshold", Check.REVERSAL_POTENTIAL, c -> after(() -> receptor(c, "IE").setERev(-50),
            receptor(c, "IE")), Literals.RECEPTOR__EREV, "lower E_rev to or below the resting potential",
            c -> receptor(c, "IE").setERev(-60)),
        warning("inhibitory E_rev above rest (shunting)", Check.REVERSAL_POTENTIAL, c -> after(() -> receptor(c, "IE")
            .setERev(-55), receptor(c, "IE")), Literals.RECEPTOR__EREV, "unless shunting inhibition is intended",
            c -> receptor(c, "IE").setERev(-100)),
        error("excitatory E_rev below an Izhikevich rest (−70 mV)", Check.REVERSAL_POTENTIAL, c -> after(() -> {
          proj(c, "EI").setTarget(pop(c, "Iz"));
          receptor(c, "EI").setERev(-72);
        }, receptor(c, "EI")), Literals.RECEPTOR__EREV, "make the receptor inhibitory", c -> {
          proj(c, "EI").setTarget(pop(c, "Iz"));
          receptor(c, "EI").setERev(-40);
        }),
        error("STDP w_max not above w_min", Check.STDP, c -> after(() -> stdp(c).setWMin(50), stdp(c)), Literals.STDP__WMAX,
            "set w_max above w_min", c -> stdp(c).setWMin(10)),
        error("STDP negative A+", Check.STDP, c -> after(() -> stdp(c).setAPlus(-0.1), stdp(c)), Literals.STDP__APLUS,
            "set A_+ \u2265 0", c -> stdp(c).setAPlus(0)),
        error("STDP negative w_min", Check.STDP, c -> after(() -> stdp(c).setWMin(-1), stdp(c)), Literals.STDP__WMIN,
            "\u2265 0 pA", c -> stdp(c).setWMin(0)),
        error("constant weight above w_max", Check.STDP, c -> after(() -> proj(c, "AA").setWeight(constant(60)), stdp(c)),
            Literals.STDP__WMAX, "set the weight inside the bounds", c -> proj(c, "AA").setWeight(constant(50))),
        warning("weights can be drawn above w_max", Check.STDP, c -> after(() -> proj(c, "AA").setWeight(uniform(10, 60)),
            stdp(c)), Literals.STDP__WMAX, "bound the weight distribution within them",
            c -> proj(c, "AA").setWeight(uniform(0, 50))),
        error("STP U above 1", Check.PROBABILITY, c -> after(() -> stp(c).setU(1.2), stp(c)),
            Literals.SHORT_TERM_PLASTICITY__U, "set U between 0 and 1", c -> stp(c).setU(1)),
        error("uniform low above high", Check.DISTRIBUTION, c -> set(c, uniform(2, 1)), Literals.UNIFORM_DISTRIBUTION__LOW,
            "swap low and high", c -> set(c, uniform(1, 2))),
        warning("uniform low equal to high", Check.DISTRIBUTION, c -> set(c, uniform(1, 1)),
            Literals.UNIFORM_DISTRIBUTION__HIGH, "use a constant value instead", c -> set(c, uniform(1, 1.001))),
        error("normal sd negative", Check.DISTRIBUTION, c -> set(c, normal(1.5, -1, 1.0)), Literals.NORMAL_DISTRIBUTION__SD,
            "set \u03c3 \u2265 0 ms", c -> set(c, normal(1.5, 0, 1.0))),
        error("normal clipping bounds reversed", Check.DISTRIBUTION, c -> set(c, bounded(2.0, 1.0)),
            Literals.NORMAL_DISTRIBUTION__LOW, "set low below high", c -> set(c, bounded(1.0, 2.0))),
        error("normal clipped far from its mean", Check.DISTRIBUTION, c -> set(c, normal(1.5, 0.1, 3.0)),
            Literals.NORMAL_DISTRIBUTION__LOW, "move the bounds towards the mean", c -> set(c, normal(1.5, 0.1, 1.95))),
        error("lognormal σ negative", Check.DISTRIBUTION, c -> set(c, logNormal(-1)),
            Literals.LOG_NORMAL_DISTRIBUTION__SIGMA, "\u2265 0", c -> set(c, logNormal(0))));
  }

  private static Receptor driveReceptor(Circuit c) {
    return ((PoissonStimulus) stim(c, "drive")).getReceptor();
  }

  private static Stdp stdp(Circuit c) {
    return (Stdp) proj(c, "AA").getPlasticity();
  }

  private static ShortTermPlasticity stp(Circuit c) {
    return (ShortTermPlasticity) proj(c, "IE").getPlasticity();
  }

  /** Puts {@code quantity} as the delay of IE (well above dt, so only the distribution itself matters). */
  private static EObject set(Circuit c, Quantity quantity) {
    proj(c, "IE").setDelay(quantity);
    return quantity;
  }

  private static NormalDistribution bounded(double low, double high) {
    NormalDistribution normal = normal(1.5, 0.5, low);
    normal.setHigh(high);
    return normal;
  }

  private static LogNormalDistribution logNormal(double sigma) {
    LogNormalDistribution logNormal = F.createLogNormalDistribution();
    logNormal.setSigma(sigma);
    return logNormal;
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
