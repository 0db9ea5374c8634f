package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference circuit passes validation without errors: EMF's own constraints and whatever
 * validator the model registers for its package (warnings are allowed, e.g. E_L above threshold in CUBA).
 */
class ValidationTest {

  static List<String> ids() {
    return Find.ids().toList();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void reportsNoErrors(String id) {
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(Find.entry(id).create());
    List<String> errors = new ArrayList<>();
    collectErrors(diagnostic, errors);
    assertEquals(List.of(), errors, id + ": validation errors");
  }

  private static void collectErrors(Diagnostic diagnostic, List<String> errors) {
    if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.ERROR) {
      errors.add(diagnostic.getMessage());
    }
    diagnostic.getChildren().forEach(child -> collectErrors(child, errors));
  }
}
