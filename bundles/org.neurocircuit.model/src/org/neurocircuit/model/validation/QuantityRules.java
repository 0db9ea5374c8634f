package org.neurocircuit.model.validation;

import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.UniformDistribution;
import org.neurocircuit.model.units.Units;

/**
 * Distributions are well formed: uniform low &lt; high (equal bounds only earn a warning), normal
 * sd &ge; 0 with ordered clipping bounds that the normal actually reaches (a clipped normal is redrawn
 * until it falls inside; bounds more than {@value #MAX_Z} sd beyond the mean would take millions
 * of draws), lognormal σ &ge; 0. {@link #lowest} and {@link #highest} give a quantity's support.
 */
final class QuantityRules {

  /** Distance in standard deviations beyond which a clipping interval counts as unreachable. */
  static final double MAX_Z = 5;

  private QuantityRules() {
  }

  static void check(Quantity quantity, Report report) {
    if (quantity instanceof UniformDistribution uniform) {
      double low = uniform.getLow();
      double high = uniform.getHigh();
      if (low > high) {
        report.error(Check.DISTRIBUTION, uniform, Literals.UNIFORM_DISTRIBUTION__LOW, "low = " + number(low)
            + " is above high = " + number(high), "swap low and high");
      } else if (low == high) {
        report.warning(Check.DISTRIBUTION, uniform, Literals.UNIFORM_DISTRIBUTION__HIGH, "low and high are both "
            + number(low), "use a constant value instead, or widen the interval");
      }
    } else if (quantity instanceof NormalDistribution normal) {
      normal(normal, report);
    } else if (quantity instanceof LogNormalDistribution logNormal) {
      Numbers.nonNegative(report, Check.DISTRIBUTION, logNormal, Literals.LOG_NORMAL_DISTRIBUTION__SIGMA);
    }
  }

  private static void normal(NormalDistribution normal, Report report) {
    if (!Numbers.nonNegative(report, Check.DISTRIBUTION, normal, Literals.NORMAL_DISTRIBUTION__SD)) {
      return;
    }
    Double low = normal.getLow();
    Double high = normal.getHigh();
    if (low != null && high != null && low >= high) {
      report.error(Check.DISTRIBUTION, normal, Literals.NORMAL_DISTRIBUTION__LOW, "the clipping bounds are not ordered: low = "
          + number(low) + ", high = " + number(high), "set low below high, or unset one of them");
      return;
    }
    double mean = normal.getMean();
    double sd = normal.getSd();
    if (!Double.isFinite(mean) || !Double.isFinite(sd)) {
      return;
    }
    boolean unreachable = sd == 0 ? low != null && mean < low || high != null && mean > high
        : Math.max(low == null ? 0 : (low - mean) / sd, high == null ? 0 : (mean - high) / sd) > MAX_Z;
    if (unreachable) {
      report.error(Check.DISTRIBUTION, normal, low != null && low > mean ? Literals.NORMAL_DISTRIBUTION__LOW
          : Literals.NORMAL_DISTRIBUTION__HIGH, "the interval [" + bound(low, "\u2212\u221e") + ", " + bound(high, "\u221e")
              + "] lies more than " + Units.number(MAX_Z) + " sd from the mean " + number(mean)
              + ", so drawing inside it would take millions of tries",
          "move the bounds towards the mean or raise sd");
    }
  }

  /** The lowest value the quantity can take, −∞ when unbounded below, NaN for null. */
  static double lowest(Quantity quantity) {
    if (quantity instanceof ConstantValue constant) {
      return constant.getValue();
    } else if (quantity instanceof UniformDistribution uniform) {
      return Math.min(uniform.getLow(), uniform.getHigh());
    } else if (quantity instanceof NormalDistribution normal) {
      return normal.getLow() == null ? Double.NEGATIVE_INFINITY : normal.getLow();
    } else if (quantity instanceof LogNormalDistribution) {
      return 0;
    }
    return Double.NaN;
  }

  /** The highest value the quantity can take, +∞ when unbounded above, NaN for null. */
  static double highest(Quantity quantity) {
    if (quantity instanceof ConstantValue constant) {
      return constant.getValue();
    } else if (quantity instanceof UniformDistribution uniform) {
      return Math.max(uniform.getLow(), uniform.getHigh());
    } else if (quantity instanceof NormalDistribution normal) {
      return normal.getHigh() == null ? Double.POSITIVE_INFINITY : normal.getHigh();
    } else if (quantity instanceof LogNormalDistribution) {
      return Double.POSITIVE_INFINITY;
    }
    return Double.NaN;
  }

  private static String number(double value) {
    return Units.number(value);
  }

  private static String bound(Double value, String none) {
    return value == null ? none : Units.number(value);
  }
}
