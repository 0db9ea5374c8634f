package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.validation.CircuitValidation;

/**
 * Names are the keys of the containment lists: validation reports duplicate names among siblings
 * (XMI references would be ambiguous), and the test circuit has no problem at all.
 */
class NameKeysTest {

  /** Under OSGi the bundle activator registers the validator; in plain Java this does. */
  @BeforeAll
  static void register() {
    CircuitValidation.register();
  }

  @Test
  void theTestCircuitValidates() {
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(TestCircuits.full());
    assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().toString());
  }

  @Test
  void duplicateSiblingNamesAreErrors() {
    Circuit circuit = TestCircuits.full();
    circuit.getPopulations().get(1).setName("ext");
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(circuit);
    assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
    assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("'ext'")
        && d.getMessage().contains("rename")), () -> diagnostic.getChildren().toString());
  }
}
