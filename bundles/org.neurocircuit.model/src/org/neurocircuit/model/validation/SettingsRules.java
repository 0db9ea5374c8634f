package org.neurocircuit.model.validation;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.units.Units;

/**
 * The simulation settings of a circuit. dt must resolve the fastest time constant τ_min of the
 * circuit: dt &gt; τ_min is an error (the dynamics are not resolved at all), τ_min/5 &lt; dt &le; τ_min a
 * warning (fewer than five steps per time constant: inaccurate).
 */
final class SettingsRules {

  /** Steps per fastest time constant below which dt only earns a warning. */
  static final int STEPS_PER_TAU = 5;

  private SettingsRules() {
  }

  static void check(Circuit circuit, Report report) {
    Numbers.positive(report, Check.SETTINGS, circuit, Literals.CIRCUIT__DURATION);
    if (circuit.getThreads() < 1) {
      report.error(Check.SETTINGS, circuit, Literals.CIRCUIT__THREADS, "threads is " + circuit.getThreads(),
          "set at least 1 thread");
    }
    if (circuit.getBackendId() == null || circuit.getBackendId().isBlank()) {
      report.error(Check.SETTINGS, circuit, Literals.CIRCUIT__BACKEND_ID, "no simulation backend is set",
          "set the backend id, e.g. 'builtin'");
    }
    double dt = circuit.getDt();
    if (!Double.isFinite(dt)) {
      return;
    }
    if (!(dt > 0)) {
      report.error(Check.DT_RESOLUTION, circuit, Literals.CIRCUIT__DT, "dt is " + Units.format(dt, Units.MS),
          "set a positive time step, e.g. 0.1 ms");
      return;
    }
    resolution(circuit, dt, report);
    steps(circuit, dt, report);
  }

  private static void resolution(Circuit circuit, double dt, Report report) {
    TimeConstants fastest = TimeConstants.fastest(circuit);
    if (fastest == null || dt <= fastest.value() / STEPS_PER_TAU * (1 + 1e-9)) {
      return;
    }
    String tau = fastest.symbol() + " = " + Units.format(fastest.value(), Units.MS) + " of "
        + Subjects.lowerFirst(Subjects.describe(fastest.owner()));
    String fix = "set dt \u2264 " + Units.format(fastest.value() / STEPS_PER_TAU, Units.MS) + " (a fifth of it)";
    if (dt > fastest.value()) {
      report.error(Check.DT_RESOLUTION, circuit, Literals.CIRCUIT__DT, "dt = " + Units.format(dt, Units.MS)
          + " is longer than the fastest time constant, " + tau, fix, fastest.owner());
    } else {
      report.warning(Check.DT_RESOLUTION, circuit, Literals.CIRCUIT__DT, "dt = " + Units.format(dt, Units.MS)
          + " is more than a fifth of the fastest time constant, " + tau + ", so the dynamics are integrated coarsely",
          fix, fastest.owner());
    }
  }

  /** The duration should be a whole number of steps; otherwise the run ends on the step before it. */
  private static void steps(Circuit circuit, double dt, Report report) {
    double duration = circuit.getDuration();
    if (!(duration > 0) || !Double.isFinite(duration)) {
      return;
    }
    double steps = duration / dt;
    double whole = Math.rint(steps);
    if (Math.abs(steps - whole) > 1e-6 * Math.max(1, steps)) {
      double below = Math.floor(steps) * dt;
      report.warning(Check.DURATION_STEPS, circuit, Literals.CIRCUIT__DURATION, "duration = "
          + Units.format(duration, Units.MS) + " is not a whole number of steps of dt = " + Units.format(dt, Units.MS),
          "set it to a multiple of dt, e.g. " + Units.format(below, Units.MS) + " or "
              + Units.format(below + dt, Units.MS));
    }
  }
}
