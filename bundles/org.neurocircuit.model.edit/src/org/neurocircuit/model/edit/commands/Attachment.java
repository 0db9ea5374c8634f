package org.neurocircuit.model.edit.commands;

import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;

/**
 * A stimulus or recorder acting on one of its target populations: the model of an attachment line
 * in the diagram. A value (equal when owner and target are), so it identifies the line across refreshes.
 */
public record Attachment(NamedElement owner, Population target) {

  public Attachment {
    if (!(owner instanceof Stimulus || owner instanceof Recorder)) {
      throw new IllegalArgumentException("an attachment belongs to a stimulus or a recorder, not " + owner);
    }
  }

  /** The owner's target list (stimulus or recorder targets). */
  public java.util.List<Population> targets() {
    return targetsOf(owner);
  }

  /** The target list of a stimulus or recorder. */
  public static java.util.List<Population> targetsOf(NamedElement owner) {
    return owner instanceof Stimulus stimulus ? stimulus.getTargets() : ((Recorder) owner).getTargets();
  }
}
