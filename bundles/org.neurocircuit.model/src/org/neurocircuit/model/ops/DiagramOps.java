package org.neurocircuit.model.ops;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;

/** Bodies of {@link Diagram#nodeFor(NamedElement)} and {@link Diagram#edgesFor(NamedElement)}. */
public final class DiagramOps {

  private DiagramOps() {
  }

  /** The first node that draws {@code element}, or null. */
  public static DiagramNode nodeFor(Diagram diagram, NamedElement element) {
    for (DiagramNode node : diagram.getNodes()) {
      if (node.getElement() == element) {
        return node;
      }
    }
    return null;
  }

  /** The edges that draw {@code element}, in diagram order. */
  public static EList<DiagramEdge> edgesFor(Diagram diagram, NamedElement element) {
    List<DiagramEdge> result = new ArrayList<>();
    for (DiagramEdge edge : diagram.getEdges()) {
      if (edge.getElement() == element) {
        result.add(edge);
      }
    }
    return ECollections.unmodifiableEList(result);
  }
}
