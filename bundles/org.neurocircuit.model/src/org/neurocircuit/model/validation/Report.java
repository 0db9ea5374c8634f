package org.neurocircuit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neurocircuit.model.units.Units;

/**
 * Collects the findings of the rules for one object. Every message reads
 * "{@code <subject>: <problem>; <fix>}", e.g. "Population 'E' in region 'V1': size is 0; set a size of at
 * least 1 neuron", and its data are the offending object, the feature, then any related objects.
 */
final class Report {

  private final DiagnosticChain diagnostics;
  private final Map<Object, Object> context;
  private boolean clean = true;

  /** {@code context} is the validation run's context map (caches live there); null for a fresh one. */
  Report(DiagnosticChain diagnostics, Map<Object, Object> context) {
    this.diagnostics = diagnostics;
    this.context = context == null ? new HashMap<>() : context;
  }

  /** The context of this validation run, for caches shared by the objects of one circuit. */
  Map<Object, Object> context() {
    return context;
  }

  /** False once something was reported. */
  boolean clean() {
    return clean;
  }

  void error(Check check, EObject object, EStructuralFeature feature, String problem, String fix, EObject... related) {
    add(Diagnostic.ERROR, check, object, feature, problem, fix, related);
  }

  void warning(Check check, EObject object, EStructuralFeature feature, String problem, String fix, EObject... related) {
    add(Diagnostic.WARNING, check, object, feature, problem, fix, related);
  }

  void add(int severity, Check check, EObject object, EStructuralFeature feature, String problem, String fix,
      EObject... related) {
    clean = false;
    if (diagnostics == null) {
      return;
    }
    List<Object> data = new ArrayList<>(2 + related.length);
    data.add(object);
    data.add(feature);
    data.addAll(List.of(related));
    String message = Subjects.describe(object) + ": " + problem + (fix.isEmpty() ? "" : "; " + fix);
    diagnostics.add(new BasicDiagnostic(severity, CircuitValidator.DIAGNOSTIC_SOURCE, check.code(), message, data.toArray()));
  }

  /** The display name of a feature: its unit annotation's symbol (τ_m, V_th, ...) or its name. */
  static String symbol(EStructuralFeature feature) {
    String symbol = Units.symbol(feature);
    return symbol.isEmpty() ? feature.getName() : symbol;
  }

  /** The value with the feature's resolved unit on {@code owner}, e.g. "−70 mV". */
  static String value(EObject owner, EStructuralFeature feature, double value) {
    return Units.format(value, Units.resolve(owner, feature));
  }

  /** "{@code τ_m = 0 ms}". */
  static String is(EObject owner, EStructuralFeature feature, double value) {
    return symbol(feature) + " = " + value(owner, feature, value);
  }
}
