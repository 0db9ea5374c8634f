package org.neurocircuit.model.validation;

import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.units.Units;

/**
 * STDP: positive time constants, amplitudes &ge; 0, 0 &le; w_min &lt; w_max, and initial weights inside
 * the bounds (a constant outside is an error, a distribution that can leave them a warning).
 * Tsodyks–Markram: U in [0, 1], τ_rec &gt; 0, τ_fac &ge; 0 (0 disables facilitation).
 */
final class PlasticityRules {

  private PlasticityRules() {
  }

  static void check(Plasticity plasticity, Report report) {
    if (plasticity instanceof Stdp stdp) {
      stdp(stdp, report);
    } else if (plasticity instanceof ShortTermPlasticity stp) {
      Numbers.probability(report, stp, Literals.SHORT_TERM_PLASTICITY__U);
      Numbers.positive(report, Check.TIME_CONSTANT, stp, Literals.SHORT_TERM_PLASTICITY__TAU_REC);
      Numbers.nonNegative(report, Check.TIME_CONSTANT, stp, Literals.SHORT_TERM_PLASTICITY__TAU_FAC);
    }
  }

  private static void stdp(Stdp stdp, Report report) {
    Numbers.positive(report, Check.TIME_CONSTANT, stdp, Literals.STDP__TAU_PLUS);
    Numbers.positive(report, Check.TIME_CONSTANT, stdp, Literals.STDP__TAU_MINUS);
    Numbers.nonNegative(report, Check.STDP, stdp, Literals.STDP__APLUS);
    Numbers.nonNegative(report, Check.STDP, stdp, Literals.STDP__AMINUS);
    if (!Numbers.nonNegative(report, Check.STDP, stdp, Literals.STDP__WMIN)) {
      return;
    }
    double wMin = stdp.getWMin();
    double wMax = stdp.getWMax();
    if (!Double.isFinite(wMin) || !Double.isFinite(wMax)) {
      return;
    }
    Projection projection = Subjects.projectionOf(stdp);
    String unit = Units.weightUnit(projection);
    if (wMax <= wMin) {
      report.error(Check.STDP, stdp, Literals.STDP__WMAX, "w_max = " + Units.format(wMax, unit) + " is not above w_min = "
          + Units.format(wMin, unit), "set w_max above w_min");
      return;
    }
    Quantity weight = projection == null ? null : projection.getWeight();
    double lowest = QuantityRules.lowest(weight);
    double highest = QuantityRules.highest(weight);
    if (Double.isNaN(lowest) || lowest >= wMin && highest <= wMax) {
      return;
    }
    String bounds = "[" + Units.number(wMin) + ", " + Units.number(wMax) + "]" + (unit.isEmpty() ? "" : " " + unit);
    if (weight instanceof ConstantValue) {
      report.error(Check.STDP, stdp, highest > wMax ? Literals.STDP__WMAX : Literals.STDP__WMIN, "the initial weight "
          + Units.format(lowest, unit) + " lies outside the bounds " + bounds, "set the weight inside the bounds, or "
              + "widen them", weight);
    } else {
      report.warning(Check.STDP, stdp, highest > wMax ? Literals.STDP__WMAX : Literals.STDP__WMIN, "initial weights "
          + "can be drawn outside the bounds " + bounds, "bound the weight distribution within them, or widen them", weight);
    }
  }
}
