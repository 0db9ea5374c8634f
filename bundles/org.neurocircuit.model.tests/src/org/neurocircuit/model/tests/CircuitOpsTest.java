package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.NamedElement;

/** The operations of the metamodel (bodies in org.neurocircuit.model.ops). */
class CircuitOpsTest {

  private final Circuit circuit = TestCircuits.full();

  private static List<String> names(List<? extends NamedElement> elements) {
    return elements.stream().map(NamedElement::getName).toList();
  }

  @Test
  void allPopulationsTopLevelFirstThenRegionsDepthFirst() {
    assertEquals(List.of("ext", "st", "R", "C", "E", "I", "A", "Iz"), names(circuit.allPopulations()));
  }

  @Test
  void allRegionsDepthFirst() {
    assertEquals(List.of("V1", "L4"), names(circuit.allRegions()));
  }

  @Test
  void diagramLookups() {
    var diagram = circuit.getDiagram();
    var e = circuit.getRegions().get(0).getPopulations().get(0);
    assertSame(diagram.getNodes().get(1), diagram.nodeFor(e));
    assertNull(diagram.nodeFor(circuit.getPopulations().get(0)));
    assertEquals(1, diagram.edgesFor(circuit.getProjections().get(0)).size());
    assertEquals(0, diagram.edgesFor(e).size());
  }
}
