package org.neurocircuit.model.validation;

import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.UniformDistribution;
import org.neurocircuit.model.units.Units;

/**
 * Weights and delays of a projection. Weights are magnitudes (the receptor's sign makes them
 * excitatory or inhibitory), so they may not be negative; a normal without a lower bound can draw
 * negative values and earns a warning. Delays are at least one step: constants and the lower bounds
 * of distributions below dt are errors; distributions without a lower bound (normal without low,
 * lognormal) earn a warning that samples below dt are clipped to dt.
 */
final class ProjectionRules {

  static final String WEIGHT_FIX = "weights are magnitudes, the receptor's sign makes them excitatory or inhibitory";

  private ProjectionRules() {
  }

  static void check(Projection projection, Report report) {
    weight(projection, report);
    delay(projection, report);
  }

  private static void weight(Projection projection, Report report) {
    Quantity weight = projection.getWeight();
    double lowest = QuantityRules.lowest(weight);
    if (!(lowest < 0)) {
      return;
    }
    String unit = Units.weightUnit(projection);
    if (weight instanceof ConstantValue constant && Double.isFinite(lowest)) {
      report.error(Check.WEIGHT, constant, Literals.CONSTANT_VALUE__VALUE, "weight is " + Units.format(lowest, unit),
          "enter a weight \u2265 0: " + WEIGHT_FIX);
    } else if (weight instanceof UniformDistribution uniform && Double.isFinite(lowest)) {
      report.error(Check.WEIGHT, uniform, Literals.UNIFORM_DISTRIBUTION__LOW, "weights can be as low as "
          + Units.format(lowest, unit), "set low \u2265 0: " + WEIGHT_FIX);
    } else if (weight instanceof NormalDistribution normal && normal.getLow() != null) {
      report.error(Check.WEIGHT, normal, Literals.NORMAL_DISTRIBUTION__LOW, "weights can be as low as "
          + Units.format(lowest, unit), "set low \u2265 0: " + WEIGHT_FIX);
    } else if (weight instanceof NormalDistribution normal) {
      report.warning(Check.WEIGHT, normal, Literals.NORMAL_DISTRIBUTION__LOW, "the normal has no lower bound, so it draws "
          + "negative weights", "set low = 0: " + WEIGHT_FIX);
    }
  }

  private static void delay(Projection projection, Report report) {
    double dt = Numbers.dt(projection);
    Quantity delay = projection.getDelay();
    if (Double.isNaN(dt) || delay == null) {
      return;
    }
    String step = "dt = " + Units.format(dt, Units.MS);
    double lowest = QuantityRules.lowest(delay);
    if (delay instanceof ConstantValue constant) {
      if (Double.isFinite(lowest) && Numbers.below(lowest, dt)) {
        report.error(Check.DELAY, constant, Literals.CONSTANT_VALUE__VALUE, "delay = " + Units.format(lowest, Units.MS)
            + " is shorter than one step, " + step, "set a delay \u2265 " + Units.format(dt, Units.MS));
      }
    } else if (delay instanceof UniformDistribution uniform) {
      if (Double.isFinite(lowest) && Numbers.below(lowest, dt)) {
        report.error(Check.DELAY, uniform, Literals.UNIFORM_DISTRIBUTION__LOW, "delays can be as short as "
            + Units.format(lowest, Units.MS) + ", less than one step, " + step, "set low \u2265 " + Units.format(dt, Units.MS));
      }
    } else if (delay instanceof NormalDistribution normal && normal.getLow() != null) {
      if (Double.isFinite(lowest) && Numbers.below(lowest, dt)) {
        report.error(Check.DELAY, normal, Literals.NORMAL_DISTRIBUTION__LOW, "delays can be as short as "
            + Units.format(lowest, Units.MS) + ", less than one step, " + step, "set low \u2265 " + Units.format(dt, Units.MS));
      }
    } else {
      boolean normal = delay instanceof NormalDistribution;
      report.warning(Check.DELAY, normal ? delay : projection, normal ? Literals.NORMAL_DISTRIBUTION__LOW
          : Literals.PROJECTION__DELAY, "the delay distribution has no lower bound: samples below one step, " + step
              + ", are clipped to dt", normal ? "set low \u2265 " + Units.format(dt, Units.MS)
                  : "use a uniform or clipped normal distribution with low \u2265 " + Units.format(dt, Units.MS));
    }
  }
}
