package org.neurocircuit.model.resource;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.neurocircuit.model.Circuit;

/**
 * The outcome of {@link CircuitFiles#load}: the circuit, or the problems that kept it from loading.
 * A circuit is returned only when there is no error; it stays in its resource (its
 * {@code eResource()}), in a resource set that can read nothing but that file.
 *
 * @param circuit the loaded circuit, or null when the file could not be loaded
 * @param problems errors (then {@code circuit} is null) and warnings, in the order found
 */
public record LoadResult(Circuit circuit, List<LoadProblem> problems) {

  /** The {@code source} of {@link #diagnostic()}. */
  public static final String DIAGNOSTIC_SOURCE = "org.neurocircuit.model.resource";

  public LoadResult {
    problems = List.copyOf(problems);
  }

  /** Whether a circuit was loaded. */
  public boolean loaded() {
    return circuit != null;
  }

  /**
   * The problems as one EMF diagnostic (OK when there are none), so that callers can treat load and
   * validation problems alike. Each child's message is {@link LoadProblem#toString()} and its data the
   * {@link LoadProblem}.
   */
  public Diagnostic diagnostic() {
    BasicDiagnostic diagnostic = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, problems.isEmpty() ? "loaded"
        : problems.get(0).file() + ": " + (loaded() ? "loaded with warnings" : "not loaded"), new Object[0]);
    for (LoadProblem problem : problems) {
      diagnostic.add(new BasicDiagnostic(problem.severity(), DIAGNOSTIC_SOURCE, 0, problem.toString(), new Object[] { problem }));
    }
    return diagnostic;
  }
}
