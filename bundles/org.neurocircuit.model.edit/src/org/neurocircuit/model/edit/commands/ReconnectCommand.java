package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Stimulus;

/**
 * Moves one end of a drawn line: the source or target population of a {@link Projection} (its diagram
 * edge follows, as it draws the projection's own ends), or the target population of an
 * {@link Attachment}, replaced at its index in the stimulus's or recorder's targets together with the
 * target of its diagram edge, so that bend points and list order survive.
 */
public class ReconnectCommand extends CircuitCommand {

  /**
   * @param line a {@link Projection} or an {@link Attachment}
   * @param sourceEnd whether the line's start (else its end) moves
   * @param end the element the moved end is dropped on
   */
  public ReconnectCommand(EditingDomain domain, Circuit circuit, Object line, boolean sourceEnd, NamedElement end) {
    super(sourceEnd ? "Move Line Start" : "Move Line End");
    if (line instanceof Projection projection) {
      reconnect(domain, projection, sourceEnd, end);
    } else if (line instanceof Attachment attachment) {
      reconnect(domain, circuit, attachment, sourceEnd, end);
    } else {
      refuse("cannot move the end of " + line + ": only projections and stimulus or recorder lines have movable ends");
    }
  }

  private void reconnect(EditingDomain domain, Projection projection, boolean sourceEnd, NamedElement end) {
    String which = sourceEnd ? "start" : "end";
    if (!(end instanceof Population population)) {
      refuse("cannot move the " + which + " of " + Names.describe(projection) + " onto " + describe(end)
          + ": a projection joins two populations; drop its " + which + " on a population");
      return;
    }
    Population current = sourceEnd ? projection.getSource() : projection.getTarget();
    if (current == population) {
      refuse(Names.describe(projection) + " already has its " + which + " at " + Names.describe(population)
          + "; drop it on another population to move it");
      return;
    }
    add(new SetCommand(domain, projection, sourceEnd ? Literals.PROJECTION__SOURCE : Literals.PROJECTION__TARGET,
        population));
    affect(List.of(projection));
  }

  private void reconnect(EditingDomain domain, Circuit circuit, Attachment attachment, boolean sourceEnd,
      NamedElement end) {
    NamedElement owner = attachment.owner();
    if (sourceEnd) {
      refuse("the line of " + Names.describe(owner) + " starts at it; to act from another stimulus or recorder, "
          + "draw a new line from that one");
      return;
    }
    if (!(end instanceof Population population)) {
      refuse("cannot attach " + Names.describe(owner) + " to " + describe(end) + ": a "
          + (owner instanceof Stimulus ? "stimulus" : "recorder") + " line must end on a population; drop it on one");
      return;
    }
    List<Population> targets = attachment.targets();
    int index = targets.indexOf(attachment.target());
    if (index < 0) {
      refuse(Names.describe(owner) + " no longer acts on " + Names.describe(attachment.target())
          + "; draw a new line instead");
      return;
    }
    if (targets.contains(population)) {
      refuse(Names.describe(owner) + " already acts on " + Names.describe(population)
          + "; drop the end on a population it does not act on yet");
      return;
    }
    add(new SetCommand(domain, owner, owner instanceof Stimulus ? Literals.STIMULUS__TARGETS
        : Literals.RECORDER__TARGETS, population, index));
    if (circuit.getDiagram() != null) {
      for (DiagramEdge edge : circuit.getDiagram().edgesFor(owner)) {
        if (edge.getTarget() == attachment.target()) {
          add(new SetCommand(domain, edge, Literals.DIAGRAM_EDGE__TARGET, population));
        }
      }
    }
    affect(List.of(new Attachment(owner, population)));
  }

  private static String describe(NamedElement element) {
    return element == null ? "nothing" : Names.describe(element);
  }
}
