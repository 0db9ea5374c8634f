package org.neurocircuit.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/**
 * What Copy puts on the editing domain's clipboard: a detached copy of the selected elements, of the
 * projections between copied populations and of their diagram nodes and edges, taken at copy time so
 * that a later cut, edit or delete of the originals does not change what is pasted.
 */
public final class CircuitClipboard {

  private final List<NamedElement> elements;
  private final List<Projection> projections;
  private final List<DiagramNode> nodes;
  private final List<DiagramEdge> edges;

  private CircuitClipboard(List<NamedElement> elements, List<Projection> projections, List<DiagramNode> nodes,
      List<DiagramEdge> edges) {
    this.elements = elements;
    this.projections = projections;
    this.nodes = nodes;
    this.edges = edges;
  }

  /** Copies the populations, regions, stimuli and recorders in {@code selection}; other objects are skipped. */
  public static CircuitClipboard copy(Circuit circuit, Collection<?> selection) {
    List<EObject> roots = new ArrayList<>();
    for (Object o : selection) {
      if ((o instanceof Population || o instanceof Region || o instanceof Stimulus || o instanceof Recorder)
          && selection.stream().noneMatch(other -> other != o && other instanceof EObject e
              && EcoreUtil.isAncestor(e, (EObject) o))) {
        roots.add((EObject) o);
      }
    }
    Set<EObject> copied = new HashSet<>(roots);
    roots.forEach(root -> root.eAllContents().forEachRemaining(copied::add));
    List<EObject> all = new ArrayList<>(roots);
    for (Projection projection : circuit.getProjections()) {
      if (copied.contains(projection.getSource()) && copied.contains(projection.getTarget())) {
        all.add(projection);
        copied.add(projection);
      }
    }
    if (circuit.getDiagram() != null) {
      circuit.getDiagram().getNodes().stream().filter(n -> copied.contains(n.getElement())).forEach(all::add);
      circuit.getDiagram().getEdges().stream().filter(e -> copied.contains(e.getElement()))
          .filter(e -> e.getTarget() == null || copied.contains(e.getTarget()) || copied.contains(e.getElement()))
          .forEach(all::add);
    }
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    Collection<EObject> copies = copier.copyAll(all);
    copier.copyReferences();
    List<NamedElement> elements = new ArrayList<>();
    List<Projection> projections = new ArrayList<>();
    List<DiagramNode> nodes = new ArrayList<>();
    List<DiagramEdge> edges = new ArrayList<>();
    for (EObject copy : copies) {
      if (copy instanceof Projection projection) {
        projections.add(projection);
      } else if (copy instanceof NamedElement element) {
        elements.add(element);
      } else if (copy instanceof DiagramNode node) {
        nodes.add(node);
      } else if (copy instanceof DiagramEdge edge) {
        edges.add(edge);
      }
    }
    return new CircuitClipboard(elements, projections, nodes, edges);
  }

  /** Whether nothing was copied. */
  public boolean isEmpty() {
    return elements.isEmpty();
  }

  /** A fresh copy of everything on the clipboard (elements, projections, nodes, edges, in that order). */
  List<EObject> freshCopy() {
    List<EObject> all = new ArrayList<>(elements);
    all.addAll(projections);
    all.addAll(nodes);
    all.addAll(edges);
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    List<EObject> copies = new ArrayList<>(copier.copyAll(all));
    copier.copyReferences();
    return copies;
  }

  /** The copied top-level elements (for display, e.g. "Paste 3 elements"). */
  public List<NamedElement> elements() {
    return List.copyOf(elements);
  }
}
