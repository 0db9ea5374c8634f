package org.neurocircuit.model.edit.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.edit.CircuitItemProviderAdapterFactory;

/**
 * A circuit with every kind of diagram element: region V1 holding E (LIF cond.) and I (LIF curr.),
 * top-level population X (Poisson), projections EI, IE, XE, stimulus "drive" on E and I, recorder
 * "spikes" on E, a decoding task using the recorder and the stimulus, and a node or edge for each.
 */
final class CommandFixture {

  private static final ModelFactory F = ModelFactory.eINSTANCE;

  final Circuit circuit = F.createCircuit();
  final EditingDomain domain = new AdapterFactoryEditingDomain(new CircuitItemProviderAdapterFactory(),
      new BasicCommandStack());
  final Region v1 = F.createRegion();
  final Population e = ElementFactory.population(ModelPackage.Literals.LIF_CONDUCTANCE);
  final Population i = ElementFactory.population(ModelPackage.Literals.LIF_CURRENT);
  final Population x = ElementFactory.population(ModelPackage.Literals.POISSON_SOURCE);
  final Projection ei = ElementFactory.projection(e, i);
  final Projection ie = ElementFactory.projection(i, e);
  final Projection xe = ElementFactory.projection(x, e);
  final Stimulus drive = ElementFactory.stimulus(ModelPackage.Literals.DC_STIMULUS);
  final Recorder spikes = ElementFactory.recorder(ModelPackage.Literals.SPIKE_RECORDER);
  final DecodingTask task = F.createDecodingTask();

  CommandFixture() {
    circuit.setName("fixture");
    name(v1, "V1");
    name(e, "E");
    name(i, "I");
    name(x, "X");
    name(ei, "EI");
    name(ie, "IE");
    name(xe, "XE");
    name(drive, "drive");
    name(spikes, "spikes");
    name(task, "decode");
    v1.getPopulations().add(e);
    v1.getPopulations().add(i);
    circuit.getRegions().add(v1);
    circuit.getPopulations().add(x);
    circuit.getProjections().add(ei);
    circuit.getProjections().add(ie);
    circuit.getProjections().add(xe);
    drive.getTargets().add(e);
    drive.getTargets().add(i);
    circuit.getStimuli().add(drive);
    spikes.getTargets().add(e);
    circuit.getRecorders().add(spikes);
    task.getRecorders().add(spikes);
    StimulusTarget target = F.createStimulusTarget();
    target.setStimulus(drive);
    task.setTarget(target);
    task.setDecoderId("ridge");
    circuit.getDecodingTasks().add(task);
    Diagram diagram = F.createDiagram();
    circuit.setDiagram(diagram);
    diagram.getNodes().add(Diagrams.node(v1, 200, 20, 320, 120));
    diagram.getNodes().add(Diagrams.node(e, 20, 30, 120, 60));
    diagram.getNodes().add(Diagrams.node(i, 180, 30, 120, 60));
    diagram.getNodes().add(Diagrams.node(x, 20, 200, 120, 60));
    diagram.getNodes().add(Diagrams.node(drive, 20, 20, 150, 40));
    diagram.getNodes().add(Diagrams.node(spikes, 600, 20, 150, 40));
    diagram.getEdges().add(Diagrams.edge(ei, null));
    diagram.getEdges().add(Diagrams.edge(ie, null));
    diagram.getEdges().add(Diagrams.edge(xe, null));
    diagram.getEdges().add(Diagrams.edge(drive, e));
    diagram.getEdges().add(Diagrams.edge(drive, i));
    diagram.getEdges().add(Diagrams.edge(spikes, e));
  }

  private static void name(NamedElement element, String name) {
    element.setName(name);
  }

  /**
   * Executes {@code command} on the domain's stack and checks that undo restores the circuit as it was
   * before and redo as it was after (EMF structural equality, references included).
   */
  void assertUndoRedo(CircuitCommand command) {
    assertTrue(command.canExecute(), () -> "cannot execute: " + command.problem());
    Circuit before = EcoreUtil.copy(circuit);
    domain.getCommandStack().execute(command);
    Circuit after = EcoreUtil.copy(circuit);
    assertFalse(new EcoreUtil.EqualityHelper().equals(before, after), "the command changed nothing");
    assertTrue(domain.getCommandStack().canUndo());
    domain.getCommandStack().undo();
    assertTrue(new EcoreUtil.EqualityHelper().equals(before, circuit), "undo did not restore the circuit");
    domain.getCommandStack().redo();
    assertTrue(new EcoreUtil.EqualityHelper().equals(after, circuit), "redo did not restore the edit");
    domain.getCommandStack().undo();
    assertTrue(new EcoreUtil.EqualityHelper().equals(before, circuit), "second undo did not restore the circuit");
    domain.getCommandStack().redo();
    assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
  }
}
