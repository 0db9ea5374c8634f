package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Region;

/**
 * Moves a population or region into another region or out to the circuit, with its node's new box
 * (relative to the new container). Projections, stimuli and recorders keep pointing at the moved
 * population. A name already used in the new container gets a number appended.
 */
public class ReparentCommand extends CircuitCommand {

  public ReparentCommand(EditingDomain domain, NamedElement element, EObject container, int x, int y, int width,
      int height) {
    super("Move into " + (container instanceof NamedElement named ? named.getName() : "circuit"));
    if (!(element instanceof Population || element instanceof Region)) {
      refuse("cannot nest " + Names.describe(element) + ": only populations and regions go into regions");
      return;
    }
    if (!(container instanceof Region || container instanceof Circuit)) {
      refuse("cannot move " + Names.describe(element) + " there: drop it on a region or on the circuit");
      return;
    }
    if (container == element || EcoreUtil.isAncestor(element, container)) {
      refuse("cannot move " + Names.describe(element) + " into itself or into one of its own sub-regions");
      return;
    }
    EReference from = element.eContainmentFeature();
    EReference to = element instanceof Population
        ? (container instanceof Region ? Literals.REGION__POPULATIONS : Literals.CIRCUIT__POPULATIONS)
        : (container instanceof Region ? Literals.REGION__REGIONS : Literals.CIRCUIT__REGIONS);
    if (container != element.eContainer()) {
      add(new RemoveCommand(domain, element.eContainer(), from, element));
      NamedElement clash = Names.find(container, to, element.getName());
      if (clash != null) {
        add(new SetCommand(domain, element, Literals.NAMED_ELEMENT__NAME,
            Names.unique(element.getName(), Names.taken(container, to))));
      }
      add(new AddCommand(domain, container, to, element));
    }
    Circuit circuit = circuitOf(element);
    DiagramNode node = circuit == null || circuit.getDiagram() == null ? null : circuit.getDiagram().nodeFor(element);
    if (node != null) {
      SetBoundsCommand bounds = new SetBoundsCommand(domain, node, x, y, width, height);
      if (bounds.problem() != null) {
        refuse(bounds.problem());
      }
      for (var command : bounds.getCommandList()) {
        add(command);
      }
    }
    affect(List.of(element));
  }

  private static Circuit circuitOf(EObject object) {
    return EcoreUtil.getRootContainer(object) instanceof Circuit circuit ? circuit : null;
  }
}
