package org.neurocircuit.model.edit.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.validation.CircuitValidation;

class CircuitCommandsTest {

  private static final List<EClass> NEURON_MODELS = List.of(Literals.LIF_CURRENT, Literals.LIF_CONDUCTANCE,
      Literals.AD_EX, Literals.IZHIKEVICH, Literals.POISSON_SOURCE, Literals.SPIKE_TIME_SOURCE, Literals.RATE_UNIT);

  private final CommandFixture f = new CommandFixture();

  @Test
  void createsAValidPopulationOfEveryNeuronModelWithItsNode() {
    for (EClass model : NEURON_MODELS) {
      Population population = ElementFactory.population(model);
      f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.v1, population, 10, 100, 120, 60));
      assertSame(f.v1, population.eContainer());
      assertEquals(model.getName(), population.getName());
      DiagramNode node = f.circuit.getDiagram().nodeFor(population);
      assertEquals(List.of(10, 100, 120, 60), List.of(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
      Diagnostic diagnostic = CircuitValidation.validate(population);
      assertTrue(diagnostic.getSeverity() < Diagnostic.WARNING, () -> CircuitValidation.lines(diagnostic).toString());
    }
  }

  @Test
  void createsRegionsStimuliAndRecordersWithUniqueNames() {
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.circuit, ElementFactory.region(), 5, 5, 200, 100));
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.circuit, ElementFactory.region(), 5, 5, 200, 100));
    assertEquals(List.of("V1", "Region", "Region2"), f.circuit.getRegions().stream().map(r -> r.getName()).toList());
    for (EClass kind : ModelPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
        .map(EClass.class::cast).filter(c -> ElementFactory.isConcrete(c, Literals.STIMULUS)
            || ElementFactory.isConcrete(c, Literals.RECORDER)).toList()) {
      var element = Literals.STIMULUS.isSuperTypeOf(kind) ? ElementFactory.stimulus(kind)
          : ElementFactory.recorder(kind);
      f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.v1, element, 0, 0, 150, 40));
      assertSame(f.circuit, element.eContainer(), "stimuli and recorders belong to the circuit");
      assertNotNull(f.circuit.getDiagram().nodeFor(element));
    }
    assertEquals(7, f.circuit.getStimuli().size());
    assertEquals(4, f.circuit.getRecorders().size());
  }

  @Test
  void createsTheDiagramWhenTheCircuitHasNone() {
    f.circuit.setDiagram(null);
    Population population = ElementFactory.population(Literals.IZHIKEVICH);
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.circuit, population, 1, 2, 120, 60));
    assertNotNull(f.circuit.getDiagram().nodeFor(population));
  }

  @Test
  void movesAndResizesNodesAndRefusesTinyOnes() {
    DiagramNode node = f.circuit.getDiagram().nodeFor(f.e);
    f.assertUndoRedo(new SetBoundsCommand(f.domain, node, 40, 50, 200, 90));
    assertEquals(List.of(40, 50, 200, 90), List.of(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    SetBoundsCommand tiny = new SetBoundsCommand(f.domain, node, 0, 0, 5, 90);
    assertFalse(tiny.canExecute());
    assertTrue(tiny.problem().contains("population 'E'") && tiny.problem().contains("at least 20"), tiny.problem());
    assertFalse(new SetBoundsCommand(f.domain, node, 40, 50, 200, 90).canExecute(), "no change, nothing to undo");
  }

  @Test
  void nestsAndUnnestsKeepingProjectionsAndRenamingOnClash() {
    Region inner = ElementFactory.region();
    inner.setName("L4");
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.v1, inner, 10, 10, 100, 80));
    f.assertUndoRedo(new ReparentCommand(f.domain, f.x, f.v1, 5, 6, 120, 60));
    assertSame(f.v1, f.x.eContainer());
    assertSame(f.x, f.xe.getSource());
    assertEquals(5, f.circuit.getDiagram().nodeFor(f.x).getX());
    f.assertUndoRedo(new ReparentCommand(f.domain, f.e, f.circuit, 300, 300, 120, 60));
    assertSame(f.circuit, f.e.eContainer());
    f.assertUndoRedo(new ReparentCommand(f.domain, f.i, inner, 1, 1, 120, 60));
    assertSame(inner, f.i.eContainer());
    Population clash = ElementFactory.population(Literals.LIF_CURRENT);
    clash.setName("X");
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.circuit, clash, 0, 0, 120, 60));
    f.assertUndoRedo(new ReparentCommand(f.domain, clash, f.v1, 0, 0, 120, 60));
    assertEquals("X2", clash.getName(), "X is taken in V1");
    ReparentCommand cycle = new ReparentCommand(f.domain, f.v1, inner, 0, 0, 100, 100);
    assertFalse(cycle.canExecute());
    assertTrue(cycle.problem().contains("region 'V1'"), cycle.problem());
  }

  @Test
  void connectsPopulationsAndAttachesStimuliAndRecorders() {
    ConnectCommand connect = new ConnectCommand(f.domain, f.circuit, f.x, f.i);
    f.assertUndoRedo(connect);
    Projection projection = f.circuit.getProjections().get(3);
    assertEquals("X_I", projection.getName());
    assertSame(f.x, projection.getSource());
    assertSame(f.i, projection.getTarget());
    assertEquals(1, f.circuit.getDiagram().edgesFor(projection).size());
    assertTrue(CircuitValidation.validate(projection).getSeverity() < Diagnostic.WARNING,
        () -> CircuitValidation.lines(CircuitValidation.validate(projection)).toString());
    f.assertUndoRedo(new ConnectCommand(f.domain, f.circuit, f.x, f.i));
    assertEquals("X_I2", f.circuit.getProjections().get(4).getName());
    f.assertUndoRedo(new ConnectCommand(f.domain, f.circuit, f.spikes, f.x));
    assertEquals(List.of(f.e, f.x), f.spikes.getTargets());
    f.assertUndoRedo(new ConnectCommand(f.domain, f.circuit, f.drive, f.x));
    assertEquals(List.of(f.e, f.i, f.x), f.drive.getTargets());
    ConnectCommand again = new ConnectCommand(f.domain, f.circuit, f.drive, f.e);
    assertFalse(again.canExecute());
    assertTrue(again.problem().contains("'drive' already acts on population 'E'"), again.problem());
    assertFalse(new ConnectCommand(f.domain, f.circuit, f.e, f.drive).canExecute());
    assertFalse(new ConnectCommand(f.domain, f.circuit, f.v1, f.e).canExecute());
  }

  @Test
  void deletingAPopulationRemovesWhatWouldDangle() {
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(f.e)));
    assertEquals(List.of(f.i), f.v1.getPopulations());
    assertEquals(List.of(), f.circuit.getProjections(), "EI, IE and XE all touch E");
    assertEquals(List.of(f.i), f.drive.getTargets());
    assertEquals(List.of(), f.spikes.getTargets());
    assertNull(f.circuit.getDiagram().nodeFor(f.e));
    assertEquals(1, f.circuit.getDiagram().getEdges().size(), "only drive -> I is left");
  }

  @Test
  void deletingARegionRemovesItsContentsAndTheirLines() {
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(f.v1)));
    assertEquals(List.of(), f.circuit.getRegions());
    assertEquals(List.of(), f.circuit.getProjections());
    assertEquals(List.of(), f.drive.getTargets());
    assertEquals(3, f.circuit.getDiagram().getNodes().size(), "X, drive and spikes are left");
  }

  @Test
  void deletesAttachmentsProjectionsAndElementsUsedByDecodingTasks() {
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(new Attachment(f.drive, f.i))));
    assertEquals(List.of(f.e), f.drive.getTargets());
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(f.ie)));
    assertEquals(List.of(f.ei, f.xe), f.circuit.getProjections());
    assertTrue(f.circuit.getDiagram().edgesFor(f.ie).isEmpty());
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(f.spikes, f.drive)));
    assertEquals(List.of(), f.task.getRecorders());
    assertNull(((StimulusTarget) f.task.getTarget()).getStimulus());
    assertFalse(new DeleteCommand(f.domain, f.circuit, List.of(f.circuit)).canExecute());
  }

  @Test
  void renamesAndRefusesBadOrTakenNames() {
    f.assertUndoRedo(new RenameCommand(f.domain, f.e, "Exc"));
    assertEquals("Exc", f.e.getName());
    RenameCommand clash = new RenameCommand(f.domain, f.e, "I");
    assertFalse(clash.canExecute());
    assertEquals("cannot rename population 'Exc' to 'I': population 'I' in the same container has that name; "
        + "choose another name or rename that one first", clash.problem());
    RenameCommand invalid = new RenameCommand(f.domain, f.e, "2 cells");
    assertFalse(invalid.canExecute());
    assertTrue(invalid.problem().startsWith("cannot rename population 'Exc' to '2 cells'"), invalid.problem());
    Region sameNamespace = ElementFactory.region();
    sameNamespace.setName("X");
    assertFalse(new CreateElementCommand(f.domain, f.circuit, f.circuit, sameNamespace, 0, 0, 50, 50).getCommandList()
        .isEmpty());
    f.assertUndoRedo(new CreateElementCommand(f.domain, f.circuit, f.circuit, sameNamespace, 0, 0, 50, 50));
    assertEquals("X2", sameNamespace.getName(), "regions and populations share a namespace");
  }

  @Test
  void pastesCopiesWithTheProjectionsBetweenThem() {
    CircuitClipboard clipboard = CircuitClipboard.copy(f.circuit, List.of(f.e, f.x, f.drive));
    f.assertUndoRedo(new PasteCommand(f.domain, f.circuit, f.circuit, clipboard, 30, 40));
    List<String> populations = f.circuit.getPopulations().stream().map(Population::getName).toList();
    assertEquals(List.of("X", "E_copy", "X_copy"), populations);
    Population eCopy = f.circuit.getPopulations().get(1);
    Population xCopy = f.circuit.getPopulations().get(2);
    Projection xeCopy = f.circuit.getProjections().get(3);
    assertEquals("XE_copy", xeCopy.getName());
    assertSame(xCopy, xeCopy.getSource());
    assertSame(eCopy, xeCopy.getTarget());
    assertEquals(4, f.circuit.getProjections().size(), "EI and IE are not between copied populations");
    Stimulus driveCopy = f.circuit.getStimuli().get(1);
    assertEquals(List.of(eCopy, f.i), driveCopy.getTargets(), "I was not copied: the copy still drives it");
    assertEquals(50, f.circuit.getDiagram().nodeFor(eCopy).getX());
    assertEquals(70, f.circuit.getDiagram().nodeFor(eCopy).getY());
    assertEquals(1, f.circuit.getDiagram().edgesFor(xeCopy).size());
    f.assertUndoRedo(new PasteCommand(f.domain, f.circuit, f.v1, clipboard, 30, 40));
    assertEquals(List.of("E", "I", "E_copy", "X_copy"), f.v1.getPopulations().stream().map(Population::getName)
        .toList());
  }

  @Test
  void pastesWhatWasCutAfterTheOriginalsAreGone() {
    CircuitClipboard clipboard = CircuitClipboard.copy(f.circuit, List.of(f.v1, f.drive));
    f.assertUndoRedo(new DeleteCommand(f.domain, f.circuit, List.of(f.v1, f.drive)));
    f.assertUndoRedo(new PasteCommand(f.domain, f.circuit, f.circuit, clipboard, 0, 0));
    Region v1 = f.circuit.getRegions().get(0);
    assertEquals("V1_copy", v1.getName());
    assertEquals(List.of("E", "I"), v1.getPopulations().stream().map(Population::getName).toList());
    assertEquals(2, f.circuit.getProjections().size(), "EI and IE come back, XE does not (X was not cut)");
    assertEquals(v1.getPopulations(), f.circuit.getStimuli().get(0).getTargets());
    assertFalse(new PasteCommand(f.domain, f.circuit, f.circuit, CircuitClipboard.copy(f.circuit, List.of()), 0, 0)
        .canExecute());
    f.circuit.eAllContents().forEachRemaining(o -> o.eCrossReferences().forEach(
        r -> assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(f.circuit, r), () -> o + " -> " + r)));
  }
}
