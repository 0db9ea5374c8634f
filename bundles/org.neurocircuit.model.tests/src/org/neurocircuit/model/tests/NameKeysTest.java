package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;

/**
 * Names are the keys of the containment lists: EMF's default validation already reports duplicate
 * names among siblings (XMI references would be ambiguous), and a well-formed circuit has no error.
 */
class NameKeysTest {

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
    assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getMessage().contains("populations")),
        () -> diagnostic.getChildren().toString());
  }
}
