package org.neurocircuit.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A domain edit built from EMF's primitive commands (add, remove, set), whose undo restores indices
 * and values exactly. A command the user cannot run carries a {@link #problem()} that names the
 * element and the fix, so the UI can say why instead of silently doing nothing.
 */
public abstract class CircuitCommand extends CompoundCommand {

  private String problem;
  private final List<Object> affected = new ArrayList<>();

  protected CircuitCommand(String label) {
    super(label);
  }

  /** Why the command cannot run (element and fix), or null if it can. */
  public String problem() {
    return problem;
  }

  /** Marks the command as refused with {@code message}; the first refusal wins. */
  protected void refuse(String message) {
    if (problem == null) {
      problem = message;
    }
  }

  /** Records the objects the user works on after execute, undo and redo (the UI selects them). */
  protected void affect(Collection<?> objects) {
    affected.addAll(objects);
  }

  /** Appends {@code command} unless it is null. */
  protected void add(Command command) {
    if (command != null) {
      append(command);
    }
  }

  @Override
  public boolean canExecute() {
    return problem == null && super.canExecute();
  }

  @Override
  public Collection<?> getAffectedObjects() {
    return affected.isEmpty() ? super.getAffectedObjects() : affected;
  }

  @Override
  public Collection<?> getResult() {
    return affected.isEmpty() ? super.getResult() : affected;
  }
}
