package org.neurocircuit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.tests.TestCircuits;

/**
 * One validation rule case: a mutation of the valid {@link TestCircuits#full()} circuit that must
 * be reported (with the check, severity, offending object, feature, and a message naming the element
 * and containing the fix), and a nearby mutation that must not be.
 *
 * @param name shown by the parameterized test
 * @param check the expected check
 * @param severity the expected severity
 * @param fail breaks the circuit and returns the object the diagnostic must point at
 * @param feature the feature the diagnostic must point at
 * @param fix a phrase the message must contain
 * @param pass a change close to the failing one that is fine
 */
record RuleCase(String name, Check check, int severity, Function<Circuit, EObject> fail, EStructuralFeature feature,
    String fix, Consumer<Circuit> pass) {

  static RuleCase error(String name, Check check, Function<Circuit, EObject> fail, EStructuralFeature feature, String fix,
      Consumer<Circuit> pass) {
    return new RuleCase(name, check, Diagnostic.ERROR, fail, feature, fix, pass);
  }

  static RuleCase warning(String name, Check check, Function<Circuit, EObject> fail, EStructuralFeature feature,
      String fix, Consumer<Circuit> pass) {
    return new RuleCase(name, check, Diagnostic.WARNING, fail, feature, fix, pass);
  }

  @Override
  public String toString() {
    return check + ": " + name;
  }

  /** The failing mutation is reported as specified. */
  void assertFails() {
    Circuit circuit = TestCircuits.full();
    EObject offending = fail.apply(circuit);
    Diagnostic diagnostic = CircuitValidation.validate(circuit);
    List<Diagnostic> found = findings(diagnostic, check).stream().filter(d -> d.getData().get(0) == offending).toList();
    assertFalse(found.isEmpty(), () -> "expected " + check + " on " + Subjects.describe(offending) + ", got:\n"
        + String.join("\n", CircuitValidation.lines(diagnostic)));
    Diagnostic finding = found.get(0);
    String message = finding.getMessage();
    assertEquals(severity, finding.getSeverity(), message);
    assertSame(feature, finding.getData().get(1), message);
    assertTrue(message.startsWith(Subjects.describe(offending) + ": "), message);
    assertTrue(message.contains(Subjects.quote(nearestNamed(offending).getName())), () -> "names the element: " + message);
    assertTrue(message.contains(fix), () -> "says the fix '" + fix + "': " + message);
  }

  /** The passing mutation is not reported by this check (the base circuit has no problem at all). */
  void assertPasses() {
    Circuit circuit = TestCircuits.full();
    pass.accept(circuit);
    Diagnostic diagnostic = CircuitValidation.validate(circuit);
    assertTrue(findings(diagnostic, check).isEmpty(), () -> String.join("\n", CircuitValidation.lines(diagnostic)));
  }

  /** The leaf diagnostics of {@code check}. */
  static List<Diagnostic> findings(Diagnostic diagnostic, Check check) {
    List<Diagnostic> result = new ArrayList<>();
    collect(diagnostic, check, result);
    return result;
  }

  private static void collect(Diagnostic diagnostic, Check check, List<Diagnostic> result) {
    if (CircuitValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getCode() == check.code()) {
      result.add(diagnostic);
    }
    diagnostic.getChildren().forEach(child -> collect(child, check, result));
  }

  private static NamedElement nearestNamed(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof NamedElement named) {
        return named;
      }
    }
    throw new AssertionError("not in a named element: " + object);
  }
}
