package org.neurocircuit.model.edit.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;

/** The circuit's diagram for commands that add nodes or edges, created by the same command if missing. */
final class Diagrams {

  private final Diagram diagram;
  private final Command create;

  Diagrams(EditingDomain domain, Circuit circuit) {
    if (circuit.getDiagram() != null) {
      diagram = circuit.getDiagram();
      create = null;
    } else {
      diagram = ModelFactory.eINSTANCE.createDiagram();
      create = new SetCommand(domain, circuit, ModelPackage.Literals.CIRCUIT__DIAGRAM, diagram);
    }
  }

  Diagram diagram() {
    return diagram;
  }

  /** The command that attaches a new diagram to the circuit, or null if it had one. */
  Command createCommand() {
    return create;
  }

  static DiagramNode node(NamedElement element, int x, int y, int width, int height) {
    DiagramNode node = ModelFactory.eINSTANCE.createDiagramNode();
    node.setElement(element);
    node.setX(x);
    node.setY(y);
    node.setWidth(width);
    node.setHeight(height);
    return node;
  }

  static DiagramEdge edge(NamedElement element, NamedElement target) {
    DiagramEdge edge = ModelFactory.eINSTANCE.createDiagramEdge();
    edge.setElement(element);
    edge.setTarget(target);
    return edge;
  }
}
