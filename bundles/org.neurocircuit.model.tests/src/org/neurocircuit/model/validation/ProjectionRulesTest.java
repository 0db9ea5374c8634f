package org.neurocircuit.model.validation;

import static org.neurocircuit.model.tests.TestCircuits.F;
import static org.neurocircuit.model.tests.TestCircuits.constant;
import static org.neurocircuit.model.validation.Find.after;
import static org.neurocircuit.model.validation.Find.pop;
import static org.neurocircuit.model.validation.Find.proj;
import static org.neurocircuit.model.validation.RuleCase.error;
import static org.neurocircuit.model.validation.RuleCase.warning;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.UniformDistribution;

/** Connection rules, weights and delays of projections. */
class ProjectionRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        error("p = 1.5", Check.PROBABILITY, c -> after(() -> p(c).setP(1.5), p(c)), Literals.FIXED_PROBABILITY__P,
            "set p between 0 and 1", c -> p(c).setP(1)),
        error("p0 negative", Check.PROBABILITY, c -> after(() -> dd(c).setP0(-0.1), dd(c)), Literals.DISTANCE_DEPENDENT__P0,
            "between 0 and 1", c -> dd(c).setP0(0)),
        error("in-degree above the source size without multapses", Check.DEGREE, c -> after(() -> inDegree(c, 801, false),
            proj(c, "IE").getRule()), Literals.FIXED_IN_DEGREE__K, "lower K_in to at most 800, or allow multapses",
            c -> inDegree(c, 800, false)),
        error("in-degree within one population without autapses", Check.DEGREE, c -> {
          selfInDegree(c, 10);
          return proj(c, "AA").getRule();
        }, Literals.FIXED_IN_DEGREE__K, "at most 9", c -> selfInDegree(c, 9)),
        error("out-degree above the target size", Check.DEGREE, c -> after(() -> outDegree(c, 3201),
            proj(c, "extE").getRule()), Literals.FIXED_OUT_DEGREE__K, "lower K_out to at most 3200", c -> outDegree(c, 3200)),
        error("negative in-degree", Check.DEGREE, c -> after(() -> inDegree(c, -1, true), proj(c, "IE").getRule()),
            Literals.FIXED_IN_DEGREE__K, "set K_in \u2265 1", c -> inDegree(c, 1, true)),
        warning("in-degree 0", Check.DEGREE, c -> after(() -> inDegree(c, 0, true), proj(c, "IE").getRule()),
            Literals.FIXED_IN_DEGREE__K, "or delete the projection", c -> inDegree(c, 1, true)),
        error("one-to-one between sizes 10 and 3200", Check.ONE_TO_ONE, c -> after(() -> proj(c, "OO").setTarget(pop(c, "E")),
            proj(c, "OO")), Literals.PROJECTION__RULE, "make the sizes equal", c -> proj(c, "OO").setTarget(pop(c, "A"))),
        error("one-to-one onto itself without autapses", Check.ONE_TO_ONE, c -> after(() -> proj(c, "OO")
            .setAllowAutapses(false), proj(c, "OO")), Literals.PROJECTION__ALLOW_AUTAPSES, "allow autapses",
            c -> proj(c, "OO").setAllowMultapses(false)),
        error("distance-dependent without a layout", Check.DISTANCE, c -> after(() -> pop(c, "A").setLayout(null),
            proj(c, "AAd")), Literals.PROJECTION__RULE, "give 'A' a grid or random-box layout", c -> {
              var grid = F.createGridLayout();
              grid.setRows(2);
              grid.setColumns(5);
              pop(c, "A").setLayout(grid);
            }),
        error("distance-dependent σ = 0", Check.DISTANCE, c -> after(() -> dd(c).setSigma(0), dd(c)),
            Literals.DISTANCE_DEPENDENT__SIGMA, "set \u03c3 > 0 \u00b5m", c -> dd(c).setSigma(1)),
        error("explicit target beyond the population", Check.EXPLICIT, c -> after(() -> connection(c, 0).setTarget(5),
            connection(c, 0)), Literals.EXPLICIT_CONNECTION__TARGET, "use an index from 0 to 4",
            c -> connection(c, 0).setTarget(4)),
        error("explicit pair twice without multapses", Check.EXPLICIT, c -> {
          duplicatePair(c, false);
          return connection(c, 2);
        }, Literals.EXPLICIT_CONNECTION__TARGET, "delete the duplicate, or allow multapses",
            c -> duplicatePair(c, true)),
        error("explicit autapse when forbidden", Check.EXPLICIT, c -> after(() -> autapse(c, false), connection(c, 1)),
            Literals.EXPLICIT_CONNECTION__TARGET, "delete it, or allow autapses", c -> autapse(c, true)),
        warning("explicit list without synapses", Check.EXPLICIT, c -> after(() -> list(c).getConnections().clear(), list(c)),
            Literals.EXPLICIT_LIST__CONNECTIONS, "add connections", c -> list(c).getConnections().remove(1)),
        error("negative constant weight", Check.WEIGHT, c -> weight(c, "EI", constant(-0.6)), Literals.CONSTANT_VALUE__VALUE,
            "enter a weight \u2265 0: weights are magnitudes", c -> weight(c, "EI", constant(0))),
        error("uniform weights below 0", Check.WEIGHT, c -> weight(c, "AA", uniform(-1, 20)),
            Literals.UNIFORM_DISTRIBUTION__LOW, "set low \u2265 0", c -> weight(c, "AA", uniform(0, 20))),
        warning("normal weights without lower bound", Check.WEIGHT, c -> after(() -> normalWeight(c).setLow(null),
            normalWeight(c)), Literals.NORMAL_DISTRIBUTION__LOW, "set low = 0", c -> normalWeight(c).setLow(0.5)),
        error("negative explicit weight", Check.WEIGHT, c -> after(() -> connection(c, 0).setWeight(-1.0), connection(c, 0)),
            Literals.EXPLICIT_CONNECTION__WEIGHT, "enter a weight \u2265 0", c -> connection(c, 0).setWeight(0.0)),
        error("constant delay below dt", Check.DELAY, c -> delay(c, "EI", constant(0.01)), Literals.CONSTANT_VALUE__VALUE,
            "set a delay \u2265 0.05 ms", c -> delay(c, "EI", constant(0.05))),
        error("uniform delays below dt", Check.DELAY, c -> delay(c, "IE", uniform(0, 2)), Literals.UNIFORM_DISTRIBUTION__LOW,
            "set low \u2265 0.05 ms", c -> delay(c, "IE", uniform(0.05, 2))),
        error("clipped normal delays below dt", Check.DELAY, c -> delay(c, "IE", normal(1.5, 0.5, 0.0)),
            Literals.NORMAL_DISTRIBUTION__LOW, "set low \u2265 0.05 ms", c -> delay(c, "IE", normal(1.5, 0.5, 0.1))),
        warning("normal delays without lower bound", Check.DELAY, c -> delay(c, "IE", normal(1.5, 0.5, null)),
            Literals.NORMAL_DISTRIBUTION__LOW, "are clipped to dt", c -> delay(c, "IE", normal(1.5, 0.5, 1.0))),
        warning("lognormal delays", Check.DELAY, c -> after(() -> proj(c, "IE").setDelay(F.createLogNormalDistribution()),
            proj(c, "IE")), Literals.PROJECTION__DELAY, "use a uniform or clipped normal distribution",
            c -> delay(c, "IE", uniform(1, 3))),
        error("explicit delay below dt", Check.DELAY, c -> after(() -> connection(c, 0).setDelay(0.0), connection(c, 0)),
            Literals.EXPLICIT_CONNECTION__DELAY, "or unset it", c -> connection(c, 0).setDelay(null)));
  }

  private static FixedProbability p(Circuit c) {
    return (FixedProbability) proj(c, "EI").getRule();
  }

  private static DistanceDependent dd(Circuit c) {
    return (DistanceDependent) proj(c, "AAd").getRule();
  }

  private static void inDegree(Circuit c, int k, boolean multapses) {
    ((FixedInDegree) proj(c, "IE").getRule()).setK(k);
    proj(c, "IE").setAllowMultapses(multapses);
  }

  private static void selfInDegree(Circuit c, int k) {
    FixedInDegree rule = F.createFixedInDegree();
    rule.setK(k);
    Projection aa = proj(c, "AA");
    aa.setRule(rule);
    aa.setAllowAutapses(false);
    aa.setAllowMultapses(false);
  }

  private static void outDegree(Circuit c, int k) {
    ((FixedOutDegree) proj(c, "extE").getRule()).setK(k);
    proj(c, "extE").setAllowMultapses(false);
  }

  private static ExplicitList list(Circuit c) {
    return (ExplicitList) proj(c, "stR").getRule();
  }

  private static ExplicitConnection connection(Circuit c, int index) {
    return list(c).getConnections().get(index);
  }

  /** Adds a third synapse 1→3, a duplicate of the second. */
  private static void duplicatePair(Circuit c, boolean multapses) {
    ExplicitConnection again = F.createExplicitConnection();
    again.setSource(1);
    again.setTarget(3);
    list(c).getConnections().add(again);
    proj(c, "stR").setAllowMultapses(multapses);
  }

  /** Makes stR connect R to itself, its second synapse 3→3. */
  private static void autapse(Circuit c, boolean allowed) {
    Projection stR = proj(c, "stR");
    stR.setSource(pop(c, "R"));
    stR.setAllowAutapses(allowed);
    connection(c, 1).setSource(3);
  }

  private static NormalDistribution normalWeight(Circuit c) {
    return (NormalDistribution) proj(c, "IE").getWeight();
  }

  private static EObject weight(Circuit c, String projection, Quantity weight) {
    proj(c, projection).setWeight(weight);
    return weight;
  }

  private static EObject delay(Circuit c, String projection, Quantity delay) {
    proj(c, projection).setDelay(delay);
    return delay;
  }

  static UniformDistribution uniform(double low, double high) {
    UniformDistribution uniform = F.createUniformDistribution();
    uniform.setLow(low);
    uniform.setHigh(high);
    return uniform;
  }

  static NormalDistribution normal(double mean, double sd, Double low) {
    NormalDistribution normal = F.createNormalDistribution();
    normal.setMean(mean);
    normal.setSd(sd);
    normal.setLow(low);
    return normal;
  }

  /** A receptor of the test circuit, for the receptor cases. */
  static Receptor receptor(Circuit c, String projection) {
    return proj(c, projection).getReceptor();
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
