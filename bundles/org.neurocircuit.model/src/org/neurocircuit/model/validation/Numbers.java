package org.neurocircuit.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.units.Units;

/**
 * Range checks of numeric attributes shared by the rules. Non-finite values are left to the
 * {@link Check#FINITE} check, so that each problem is reported once.
 */
final class Numbers {

  private Numbers() {
  }

  /** The attribute's value as a double; NaN when unset (null). */
  static double get(EObject object, EAttribute attribute) {
    return object.eGet(attribute) instanceof Number number ? number.doubleValue() : Double.NaN;
  }

  /** Reports unless the value is &gt; 0: "τ_m is 0 ms; set τ_m &gt; 0 ms". */
  static boolean positive(Report report, Check check, EObject object, EAttribute attribute) {
    double value = get(object, attribute);
    if (Double.isFinite(value) && !(value > 0)) {
      report.error(check, object, attribute, Report.symbol(attribute) + " is " + Report.value(object, attribute, value),
          "set " + Report.symbol(attribute) + " > " + Report.value(object, attribute, 0));
      return false;
    }
    return true;
  }

  /** Reports unless the value is &ge; 0. */
  static boolean nonNegative(Report report, Check check, EObject object, EAttribute attribute) {
    double value = get(object, attribute);
    if (Double.isFinite(value) && value < 0) {
      report.error(check, object, attribute, Report.symbol(attribute) + " is " + Report.value(object, attribute, value),
          "set " + Report.symbol(attribute) + " \u2265 " + Report.value(object, attribute, 0));
      return false;
    }
    return true;
  }

  /** Reports unless 0 &le; value &le; 1. */
  static boolean probability(Report report, EObject object, EAttribute attribute) {
    double value = get(object, attribute);
    if (Double.isFinite(value) && (value < 0 || value > 1)) {
      report.error(Check.PROBABILITY, object, attribute, Report.symbol(attribute) + " = " + Units.number(value)
          + " is not a probability", "set " + Report.symbol(attribute) + " between 0 and 1");
      return false;
    }
    return true;
  }

  /**
   * Reports times that are negative or out of order: spike times may repeat ({@code strict} false),
   * the times of a step or time series may not.
   */
  static boolean times(Report report, Check check, EObject object, EAttribute attribute, boolean strict) {
    List<?> values = (List<?>) object.eGet(attribute);
    double previous = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.size(); i++) {
      double t = values.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
      if (!Double.isFinite(t)) {
        return false;
      }
      if (t < 0) {
        report.error(check, object, attribute, "time #" + i + " is " + Units.format(t, Units.MS) + ", before the start of the run",
            "use times \u2265 0 ms");
        return false;
      }
      if (strict ? t <= previous : t < previous) {
        report.error(check, object, attribute, "time #" + i + " (" + Units.format(t, Units.MS) + ") is not after the one before it ("
            + Units.format(previous, Units.MS) + ")", "sort the times in " + (strict ? "strictly " : "") + "ascending order");
        return false;
      }
      previous = t;
    }
    return true;
  }

  /** The circuit's time step, or NaN if {@code object} is not in a circuit or dt is not positive. */
  static double dt(EObject object) {
    Circuit circuit = Subjects.circuitOf(object);
    double dt = circuit == null ? Double.NaN : circuit.getDt();
    return dt > 0 && Double.isFinite(dt) ? dt : Double.NaN;
  }

  /** The circuit's duration, or NaN if {@code object} is not in a circuit or the duration is not positive. */
  static double duration(EObject object) {
    Circuit circuit = Subjects.circuitOf(object);
    double duration = circuit == null ? Double.NaN : circuit.getDuration();
    return duration > 0 && Double.isFinite(duration) ? duration : Double.NaN;
  }

  /** Whether {@code value} is less than {@code bound} by more than rounding error (values equal to dt pass). */
  static boolean below(double value, double bound) {
    return value < bound * (1 - 1e-9);
  }
}
