package org.neurocircuit.model.edit.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/**
 * Pastes a fresh copy of a {@link CircuitClipboard}: populations and regions into {@code container}
 * (the circuit or a region), stimuli, recorders and projections into the circuit, each with a unique
 * name ("E" becomes "E_copy"), top-level nodes shifted by (dx, dy). Copied stimuli and recorders keep
 * targets that were copied too (as the copies) or that are still in the circuit.
 */
public class PasteCommand extends CircuitCommand {

  public PasteCommand(EditingDomain domain, Circuit circuit, EObject container, CircuitClipboard clipboard, int dx,
      int dy) {
    super("Paste");
    if (clipboard == null || clipboard.isEmpty()) {
      refuse("nothing to paste: copy populations, regions, stimuli or recorders first");
      return;
    }
    if (!(container instanceof Circuit || container instanceof Region)) {
      refuse("cannot paste there: select the circuit or a region");
      return;
    }
    Map<EReference, List<EObject>> lists = new LinkedHashMap<>();
    Map<EReference, Set<String>> taken = new HashMap<>();
    List<DiagramNode> nodes = new ArrayList<>();
    List<DiagramEdge> edges = new ArrayList<>();
    List<EObject> copies = clipboard.freshCopy();
    List<EObject> pasted = new ArrayList<>();
    for (EObject copy : copies) {
      if (copy instanceof NamedElement element) {
        EReference list = list(element, container);
        EObject owner = list.getEContainingClass().isInstance(container) ? container : circuit;
        element.setName(Names.unique(element.getName() + "_copy",
            taken.computeIfAbsent(list, l -> Names.taken(owner, l))));
        lists.computeIfAbsent(list, l -> new ArrayList<>()).add(element);
        if (element instanceof Stimulus || element instanceof org.neurocircuit.model.Recorder) {
          Attachment.targetsOf(element).removeIf(t -> !within(t, copies, circuit));
        }
        if (!(element instanceof Projection)) {
          pasted.add(element);
        }
      } else if (copy instanceof DiagramNode node) {
        if (copies.contains(node.getElement()) && !(node.getElement().eContainer() instanceof Region)) {
          node.setX(node.getX() + dx);
          node.setY(node.getY() + dy);
        }
        nodes.add(node);
      } else if (copy instanceof DiagramEdge edge && (edge.getTarget() == null || within(edge.getTarget(), copies,
          circuit))) {
        edges.add(edge);
      }
    }
    Diagrams diagrams = new Diagrams(domain, circuit);
    add(diagrams.createCommand());
    if (!nodes.isEmpty()) {
      add(new AddCommand(domain, diagrams.diagram(), Literals.DIAGRAM__NODES, nodes));
    }
    if (!edges.isEmpty()) {
      add(new AddCommand(domain, diagrams.diagram(), Literals.DIAGRAM__EDGES, edges));
    }
    // Elements after their drawing, so that a diagram showing them finds their nodes.
    lists.forEach((list, elements) -> add(new AddCommand(domain,
        list.getEContainingClass().isInstance(container) ? container : circuit, list, elements)));
    affect(pasted);
  }

  /** Whether {@code object} is one of the copies (or inside one) or still part of the circuit. */
  private static boolean within(EObject object, List<EObject> copies, Circuit circuit) {
    return EcoreUtil.isAncestor(circuit, object) || copies.stream().anyMatch(c -> EcoreUtil.isAncestor(c, object));
  }

  private static EReference list(NamedElement element, EObject container) {
    boolean region = container instanceof Region;
    if (element instanceof Population) {
      return region ? Literals.REGION__POPULATIONS : Literals.CIRCUIT__POPULATIONS;
    }
    if (element instanceof Region) {
      return region ? Literals.REGION__REGIONS : Literals.CIRCUIT__REGIONS;
    }
    if (element instanceof Projection) {
      return Literals.CIRCUIT__PROJECTIONS;
    }
    return element instanceof Stimulus ? Literals.CIRCUIT__STIMULI : Literals.CIRCUIT__RECORDERS;
  }
}
