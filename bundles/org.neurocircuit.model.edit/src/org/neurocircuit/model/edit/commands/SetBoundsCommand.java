package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage.Literals;

/** Moves and/or resizes a diagram node; sizes below {@link #MIN_SIZE} px are refused. */
public class SetBoundsCommand extends CircuitCommand {

  /** Smallest width and height of a node, so that it stays visible and can be grabbed. */
  public static final int MIN_SIZE = 20;

  public SetBoundsCommand(EditingDomain domain, DiagramNode node, int x, int y, int width, int height) {
    super("Move or Resize");
    if (width < MIN_SIZE || height < MIN_SIZE) {
      String name = node.getElement() == null ? "the node" : Names.describe(node.getElement());
      refuse("cannot make " + name + " " + width + " \u00d7 " + height + " px: use at least " + MIN_SIZE + " \u00d7 "
          + MIN_SIZE + " px");
      return;
    }
    set(domain, node, Literals.DIAGRAM_NODE__X, node.getX(), x);
    set(domain, node, Literals.DIAGRAM_NODE__Y, node.getY(), y);
    set(domain, node, Literals.DIAGRAM_NODE__WIDTH, node.getWidth(), width);
    set(domain, node, Literals.DIAGRAM_NODE__HEIGHT, node.getHeight(), height);
    affect(List.of(node.getElement() == null ? node : node.getElement()));
  }

  private void set(EditingDomain domain, DiagramNode node, EAttribute attribute, int old, int value) {
    if (old != value) {
      add(new SetCommand(domain, node, attribute, value));
    }
  }
}
