package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/** Each reference circuit opens on a complete, tidy drawing: every element boxed or drawn, nothing overlapping. */
class DiagramTest {

  static List<String> ids() {
    return Find.ids().toList();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyElementHasItsBoxOrLines(String id) {
    Circuit circuit = Find.entry(id).create();
    Diagram diagram = circuit.getDiagram();
    assertNotNull(diagram, id);
    List<NamedElement> boxed = new ArrayList<>(circuit.allRegions());
    boxed.addAll(circuit.allPopulations());
    boxed.addAll(circuit.getStimuli());
    boxed.addAll(circuit.getRecorders());
    boxed.forEach(element -> assertNotNull(diagram.nodeFor(element), id + ": no box for " + element.getName()));
    assertEquals(boxed.size(), diagram.getNodes().size(), "one box per element");
    for (Projection projection : circuit.getProjections()) {
      assertEquals(1, diagram.edgesFor(projection).size(), projection.getName());
    }
    for (Stimulus stimulus : circuit.getStimuli()) {
      assertEquals(stimulus.getTargets(), diagram.edgesFor(stimulus).stream().map(DiagramEdge::getTarget).toList());
    }
    for (Recorder recorder : circuit.getRecorders()) {
      assertEquals(recorder.getTargets(), diagram.edgesFor(recorder).stream().map(DiagramEdge::getTarget).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void boxesFitTheirRegionAndDoNotOverlap(String id) {
    Circuit circuit = Find.entry(id).create();
    Diagram diagram = circuit.getDiagram();
    List<DiagramNode> topLevel = new ArrayList<>();
    for (DiagramNode node : diagram.getNodes()) {
      EObject container = node.getElement().eContainer();
      if (node.getElement() instanceof Population && container instanceof Region region) {
        DiagramNode parent = diagram.nodeFor(region);
        assertTrue(node.getX() >= 0 && node.getY() >= 0 && node.getX() + node.getWidth() <= parent.getWidth()
            && node.getY() + node.getHeight() <= parent.getHeight(), id + ": " + name(node) + " sticks out of its region");
      } else {
        topLevel.add(node);
      }
    }
    assertDisjoint(id, topLevel);
    for (Region region : circuit.allRegions()) {
      assertDisjoint(id, region.getPopulations().stream().map(diagram::nodeFor).toList());
    }
  }

  private static void assertDisjoint(String id, List<DiagramNode> nodes) {
    for (int a = 0; a < nodes.size(); a++) {
      for (int b = a + 1; b < nodes.size(); b++) {
        DiagramNode n = nodes.get(a);
        DiagramNode m = nodes.get(b);
        boolean apart = n.getX() + n.getWidth() <= m.getX() || m.getX() + m.getWidth() <= n.getX()
            || n.getY() + n.getHeight() <= m.getY() || m.getY() + m.getHeight() <= n.getY();
        assertTrue(apart, id + ": " + name(n) + " overlaps " + name(m));
      }
    }
  }

  private static String name(DiagramNode node) {
    return ((NamedElement) node.getElement()).getName();
  }
}
