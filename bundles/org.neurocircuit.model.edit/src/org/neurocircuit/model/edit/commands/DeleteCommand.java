package org.neurocircuit.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.StimulusTarget;

/**
 * Deletes elements and attachments, and with them everything that would otherwise dangle: the
 * contents of deleted regions, projections from or to deleted populations, deleted populations in
 * stimulus and recorder targets, deleted recorders in decoding tasks, a deleted stimulus as a decoding
 * target, and the diagram nodes and edges of all of these. Undo puts each back at its index.
 */
public class DeleteCommand extends CircuitCommand {

  /** @param selection named elements (populations, regions, projections, stimuli, recorders) and {@link Attachment}s */
  public DeleteCommand(EditingDomain domain, Circuit circuit, Collection<?> selection) {
    super("Delete");
    Set<EObject> deleted = new LinkedHashSet<>();
    List<Attachment> attachments = new ArrayList<>();
    for (Object o : selection) {
      if (o instanceof Attachment attachment) {
        attachments.add(attachment);
      } else if (o instanceof NamedElement element && element != circuit && EcoreUtil.isAncestor(circuit, element)) {
        deleted.add(element);
        element.eAllContents().forEachRemaining(deleted::add);
      }
    }
    if (deleted.isEmpty() && attachments.isEmpty()) {
      refuse("nothing to delete: select populations, regions, projections, stimuli, recorders or their lines");
      return;
    }
    for (Projection projection : circuit.getProjections()) {
      if (deleted.contains(projection.getSource()) || deleted.contains(projection.getTarget())) {
        deleted.add(projection);
        projection.eAllContents().forEachRemaining(deleted::add);
      }
    }
    // Elements go before their drawing, so that undo puts the drawing back first and a diagram
    // showing a restored element finds its node.
    removeReferences(domain, circuit, deleted, attachments);
    removeElements(domain, deleted);
    removeDrawing(domain, circuit, deleted, attachments);
    affect(selection);
  }

  private void removeReferences(EditingDomain domain, Circuit circuit, Set<EObject> deleted,
      List<Attachment> attachments) {
    Map<NamedElement, Set<Population>> detach = new LinkedHashMap<>();
    for (Attachment attachment : attachments) {
      if (!deleted.contains(attachment.owner()) && attachment.targets().contains(attachment.target())) {
        detach.computeIfAbsent(attachment.owner(), k -> new LinkedHashSet<>()).add(attachment.target());
      }
    }
    List<NamedElement> owners = new ArrayList<>(circuit.getStimuli());
    owners.addAll(circuit.getRecorders());
    for (NamedElement owner : owners) {
      if (!deleted.contains(owner)) {
        for (Population target : Attachment.targetsOf(owner)) {
          if (deleted.contains(target)) {
            detach.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(target);
          }
        }
      }
    }
    detach.forEach((owner, targets) -> add(new RemoveCommand(domain, owner,
        owner instanceof Recorder ? Literals.RECORDER__TARGETS : Literals.STIMULUS__TARGETS, targets)));
    for (DecodingTask task : circuit.getDecodingTasks()) {
      List<Recorder> recorders = task.getRecorders().stream().filter(deleted::contains).toList();
      if (!recorders.isEmpty()) {
        add(new RemoveCommand(domain, task, Literals.DECODING_TASK__RECORDERS, recorders));
      }
      if (task.getTarget() instanceof StimulusTarget target && deleted.contains(target.getStimulus())) {
        add(new SetCommand(domain, target, Literals.STIMULUS_TARGET__STIMULUS, null));
      }
    }
  }

  private void removeDrawing(EditingDomain domain, Circuit circuit, Set<EObject> deleted,
      List<Attachment> attachments) {
    if (circuit.getDiagram() == null) {
      return;
    }
    List<DiagramNode> nodes = circuit.getDiagram().getNodes().stream().filter(n -> deleted.contains(n.getElement()))
        .toList();
    List<DiagramEdge> edges = circuit.getDiagram().getEdges().stream()
        .filter(e -> deleted.contains(e.getElement()) || deleted.contains(e.getTarget())
            || attachments.contains(attachmentOf(e)))
        .toList();
    if (!edges.isEmpty()) {
      add(new RemoveCommand(domain, circuit.getDiagram(), Literals.DIAGRAM__EDGES, edges));
    }
    if (!nodes.isEmpty()) {
      add(new RemoveCommand(domain, circuit.getDiagram(), Literals.DIAGRAM__NODES, nodes));
    }
  }

  private static Attachment attachmentOf(DiagramEdge edge) {
    return edge.getTarget() instanceof Population target && !(edge.getElement() instanceof Projection)
        && edge.getElement() != null ? new Attachment(edge.getElement(), target) : null;
  }

  /** Removes the top-most deleted objects, one remove per containing list. */
  private void removeElements(EditingDomain domain, Set<EObject> deleted) {
    Map<List<Object>, List<EObject>> byList = new LinkedHashMap<>();
    for (EObject object : deleted) {
      if (!deleted.contains(object.eContainer()) && object.eContainer() != null) {
        byList.computeIfAbsent(List.of(object.eContainer(), object.eContainmentFeature()), k -> new ArrayList<>())
            .add(object);
      }
    }
    byList.forEach((list, objects) -> add(new RemoveCommand(domain, (EObject) list.get(0),
        (EReference) list.get(1), objects)));
  }
}
