package org.neurocircuit.model.validation;

import org.eclipse.emf.ecore.EAttribute;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.OneToOne;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;

/**
 * Connection rules against the populations they connect. Without multapses a fixed in-degree can
 * draw at most as many distinct sources as the source population has (one fewer when a population
 * connects to itself without autapses); the same holds for out-degrees and targets. Explicit lists
 * are checked by {@link ExplicitListRules}.
 */
final class ConnectionRules {

  private ConnectionRules() {
  }

  static void check(ConnectionRule rule, Report report) {
    Projection projection = rule.eContainer() instanceof Projection p ? p : null;
    if (rule instanceof FixedProbability probability) {
      Numbers.probability(report, probability, Literals.FIXED_PROBABILITY__P);
    } else if (rule instanceof FixedInDegree in) {
      degree(rule, Literals.FIXED_IN_DEGREE__K, in.getK(), projection, true, report);
    } else if (rule instanceof FixedOutDegree out) {
      degree(rule, Literals.FIXED_OUT_DEGREE__K, out.getK(), projection, false, report);
    } else if (rule instanceof OneToOne && projection != null) {
      oneToOne(projection, report);
    } else if (rule instanceof DistanceDependent distance) {
      Numbers.probability(report, distance, Literals.DISTANCE_DEPENDENT__P0);
      Numbers.positive(report, Check.DISTANCE, distance, Literals.DISTANCE_DEPENDENT__SIGMA);
      if (projection != null) {
        layout(projection, projection.getSource(), report);
        if (projection.getTarget() != projection.getSource()) {
          layout(projection, projection.getTarget(), report);
        }
      }
    } else if (rule instanceof ExplicitList list) {
      ExplicitListRules.check(list, report);
    }
  }

  private static void degree(ConnectionRule rule, EAttribute feature, int k, Projection projection, boolean in,
      Report report) {
    String symbol = Report.symbol(feature);
    if (k < 0) {
      report.error(Check.DEGREE, rule, feature, symbol + " = " + k + " is negative", "set " + symbol + " \u2265 1");
      return;
    }
    if (k == 0) {
      report.warning(Check.DEGREE, rule, feature, symbol + " = 0 makes no synapses", "set " + symbol
          + " \u2265 1, or delete the projection");
      return;
    }
    Population pool = projection == null ? null : in ? projection.getSource() : projection.getTarget();
    if (pool == null || projection.isAllowMultapses() || pool.getSize() < 1) {
      return;
    }
    boolean self = projection.getSource() == projection.getTarget() && !projection.isAllowAutapses();
    long available = pool.getSize() - (self ? 1L : 0L);
    if (k > available) {
      report.error(Check.DEGREE, rule, feature, symbol + " = " + k + " is more than the " + available
          + " distinct neurons of " + (in ? "source" : "target") + " population " + Subjects.quote(pool.getName())
          + " available without multapses" + (self ? " and autapses" : ""), "lower " + symbol + " to at most "
              + available + ", or allow multapses", pool);
    }
  }

  private static void oneToOne(Projection projection, Report report) {
    Population source = projection.getSource();
    Population target = projection.getTarget();
    if (source == null || target == null) {
      return;
    }
    if (source.getSize() != target.getSize()) {
      report.error(Check.ONE_TO_ONE, projection, Literals.PROJECTION__RULE, "one-to-one needs equal sizes, but "
          + Subjects.quote(source.getName()) + " has " + source.getSize() + " and " + Subjects.quote(target.getName())
          + " " + target.getSize() + " neurons", "make the sizes equal or use another rule", source, target);
    } else if (source == target && !projection.isAllowAutapses()) {
      report.error(Check.ONE_TO_ONE, projection, Literals.PROJECTION__ALLOW_AUTAPSES, "one-to-one within population "
          + Subjects.quote(source.getName()) + " connects each neuron only to itself, but autapses are forbidden",
          "allow autapses or use another rule", source);
    }
  }

  private static void layout(Projection projection, Population population, Report report) {
    if (population != null && population.getLayout() == null) {
      report.error(Check.DISTANCE, projection, Literals.PROJECTION__RULE, "distance-dependent connections need neuron "
          + "positions, but population " + Subjects.quote(population.getName()) + " has no spatial layout",
          "give " + Subjects.quote(population.getName()) + " a grid or random-box layout, or use another rule", population);
    }
  }
}
