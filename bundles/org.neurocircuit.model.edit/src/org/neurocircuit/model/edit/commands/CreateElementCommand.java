package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/**
 * Adds a new population, region, stimulus or recorder (e.g. from {@link ElementFactory}) with its
 * diagram node at the given box. Populations and regions go into {@code container} (the circuit or a
 * region; the box is relative to it), stimuli and recorders into the circuit. An unnamed element gets
 * a unique name from its kind ("LifCurrent" gives "LifCurrent", then "LifCurrent2").
 */
public class CreateElementCommand extends CircuitCommand {

  public CreateElementCommand(EditingDomain domain, Circuit circuit, EObject container, NamedElement element,
      int x, int y, int width, int height) {
    super("Create " + kind(element));
    EObject owner = element instanceof Population || element instanceof Region ? container : circuit;
    EReference list = list(element, owner instanceof Region);
    if (list == null) {
      refuse("cannot create " + element.eClass().getName() + ": the diagram holds populations, regions, stimuli "
          + "and recorders only");
      return;
    }
    if (!(owner instanceof Circuit || owner instanceof Region) || !(owner == circuit || isIn(owner, circuit))) {
      refuse("cannot create " + kind(element) + " there: drop it on the circuit or on a region");
      return;
    }
    if (element.getName() == null || element.getName().isEmpty()) {
      element.setName(Names.unique(baseName(element), Names.taken(owner, list)));
    } else if (Names.find(owner, list, element.getName()) != null) {
      String name = element.getName();
      add(new SetCommand(domain, element, Literals.NAMED_ELEMENT__NAME, Names.unique(name, Names.taken(owner, list))));
    }
    // The node goes first, so that a diagram showing the new element finds its box at once.
    Diagrams diagrams = new Diagrams(domain, circuit);
    add(diagrams.createCommand());
    add(new AddCommand(domain, diagrams.diagram(), Literals.DIAGRAM__NODES,
        Diagrams.node(element, x, y, width, height)));
    add(new AddCommand(domain, owner, list, element));
    affect(List.of(element));
  }

  private static EReference list(NamedElement element, boolean inRegion) {
    if (element instanceof Population) {
      return inRegion ? Literals.REGION__POPULATIONS : Literals.CIRCUIT__POPULATIONS;
    }
    if (element instanceof Region) {
      return inRegion ? Literals.REGION__REGIONS : Literals.CIRCUIT__REGIONS;
    }
    if (element instanceof Stimulus) {
      return Literals.CIRCUIT__STIMULI;
    }
    return element instanceof Recorder ? Literals.CIRCUIT__RECORDERS : null;
  }

  static boolean isIn(EObject object, Circuit circuit) {
    return org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(circuit, object);
  }

  private static String baseName(NamedElement element) {
    if (element instanceof Population population && population.getNeuronModel() != null) {
      return population.getNeuronModel().eClass().getName();
    }
    return element.eClass().getName();
  }

  private static String kind(NamedElement element) {
    return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
