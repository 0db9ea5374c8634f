package org.neurocircuit.model.edit.commands;

import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;

/**
 * Connects two diagram elements: population to population makes a new {@link Projection}
 * ({@link ElementFactory#projection}) named "source_target"; stimulus or recorder to population adds
 * the population to its targets. Each gets its diagram edge.
 */
public class ConnectCommand extends CircuitCommand {

  public ConnectCommand(EditingDomain domain, Circuit circuit, NamedElement source, NamedElement target) {
    super(source instanceof Population ? "Create Projection" : "Attach");
    if (!(target instanceof Population population)) {
      refuse("cannot connect " + Names.describe(source) + " to " + (target == null ? "nothing" : Names.describe(target))
          + ": lines end at a population; drop the end on a population");
      return;
    }
    Diagrams diagrams = new Diagrams(domain, circuit);
    add(diagrams.createCommand());
    if (source instanceof Population from) {
      Projection projection = ElementFactory.projection(from, population);
      projection.setName(Names.unique(from.getName() + "_" + population.getName(),
          Names.taken(circuit, Literals.CIRCUIT__PROJECTIONS)));
      add(new AddCommand(domain, circuit, Literals.CIRCUIT__PROJECTIONS, projection));
      add(new AddCommand(domain, diagrams.diagram(), Literals.DIAGRAM__EDGES, Diagrams.edge(projection, null)));
      affect(List.of(projection));
    } else if (source instanceof Stimulus || source instanceof Recorder) {
      Attachment attachment = new Attachment(source, population);
      if (attachment.targets().contains(population)) {
        refuse(Names.describe(source) + " already acts on " + Names.describe(population) + "; nothing to connect");
        return;
      }
      var list = source instanceof Stimulus ? Literals.STIMULUS__TARGETS : Literals.RECORDER__TARGETS;
      add(new AddCommand(domain, source, list, population));
      add(new AddCommand(domain, diagrams.diagram(), Literals.DIAGRAM__EDGES, Diagrams.edge(source, population)));
      affect(List.of(attachment));
    } else {
      refuse("cannot connect from " + (source == null ? "nothing" : Names.describe(source))
          + ": lines start at a population, a stimulus or a recorder");
    }
  }
}
