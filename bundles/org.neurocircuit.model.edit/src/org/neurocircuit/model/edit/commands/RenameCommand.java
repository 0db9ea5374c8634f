package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;

/** Renames an element; refuses names that are not identifiers or that a sibling already uses. */
public class RenameCommand extends CircuitCommand {

  public RenameCommand(EditingDomain domain, NamedElement element, String name) {
    super("Rename");
    String what = Names.describe(element);
    if (!Names.isIdentifier(name)) {
      refuse("cannot rename " + what + " to '" + name + "': a name uses only letters, digits and '_' and does not "
          + "start with a digit, e.g. '" + Names.unique(name == null || name.isBlank() ? "x" : name.strip(),
              new java.util.HashSet<>()) + "'");
      return;
    }
    if (name.equals(element.getName())) {
      refuse("cannot rename " + what + ": it already has that name; type a different one");
      return;
    }
    NamedElement other = element.eContainer() == null ? null
        : Names.find(element.eContainer(), element.eContainmentFeature(), name);
    if (other != null && other != element) {
      refuse("cannot rename " + what + " to '" + name + "': " + Names.describe(other)
          + " in the same container has that name; choose another name or rename that one first");
      return;
    }
    add(new SetCommand(domain, element, Literals.NAMED_ELEMENT__NAME, name));
    affect(List.of(element));
  }
}
