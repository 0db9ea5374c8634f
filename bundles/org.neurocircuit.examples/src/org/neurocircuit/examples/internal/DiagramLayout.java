package org.neurocircuit.examples.internal;

import java.util.List;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;

/**
 * Writes the drawing of a reference circuit: boxes placed by the builder (coordinates in px, relative
 * to the box of the enclosing region, as the metamodel defines), then one line per projection and one
 * per target of each stimulus and recorder, so that the editor opens on a complete picture.
 */
public final class DiagramLayout {

  /** Width of a population box, px. */
  public static final int POPULATION_WIDTH = 120;
  /** Height of a population box, px. */
  public static final int POPULATION_HEIGHT = 60;
  /** Width of a stimulus or recorder box, px. */
  public static final int SIDE_WIDTH = 150;
  /** Height of a stimulus or recorder box, px. */
  public static final int SIDE_HEIGHT = 40;

  private final Circuit circuit;
  private final Diagram diagram = Elements.F.createDiagram();

  public DiagramLayout(Circuit circuit) {
    this.circuit = circuit;
  }

  /** A box of the given position and size (px) for {@code element}. */
  public DiagramLayout box(NamedElement element, int x, int y, int width, int height) {
    DiagramNode node = Elements.F.createDiagramNode();
    node.setElement(element);
    node.setX(x);
    node.setY(y);
    node.setWidth(width);
    node.setHeight(height);
    diagram.getNodes().add(node);
    return this;
  }

  /** A population box of the standard size at (x, y), px. */
  public DiagramLayout population(Population population, int x, int y) {
    return box(population, x, y, POPULATION_WIDTH, POPULATION_HEIGHT);
  }

  /** Stimulus or recorder boxes one below the other from (x, y), {@code step} px apart. */
  public DiagramLayout column(int x, int y, int step, List<? extends NamedElement> elements) {
    for (int i = 0; i < elements.size(); i++) {
      box(elements.get(i), x, y + i * step, SIDE_WIDTH, SIDE_HEIGHT);
    }
    return this;
  }

  /** Adds the lines of all projections, stimuli and recorders and sets the diagram on the circuit. */
  public Diagram connectAll() {
    for (Projection projection : circuit.getProjections()) {
      edge(projection, null);
    }
    for (Stimulus stimulus : circuit.getStimuli()) {
      stimulus.getTargets().forEach(target -> edge(stimulus, target));
    }
    for (Recorder recorder : circuit.getRecorders()) {
      recorder.getTargets().forEach(target -> edge(recorder, target));
    }
    circuit.setDiagram(diagram);
    return diagram;
  }

  private void edge(NamedElement element, Population target) {
    DiagramEdge edge = Elements.F.createDiagramEdge();
    edge.setElement(element);
    edge.setTarget(target);
    diagram.getEdges().add(edge);
  }
}
