package org.neurocircuit.model.edit.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.model.DiagramEdge;

class ReconnectCommandTest {

  private final CommandFixture f = new CommandFixture();

  @Test
  void movesAProjectionsTargetAndSourceKeepingItsEdge() {
    DiagramEdge edge = f.circuit.getDiagram().edgesFor(f.xe).get(0);
    ReconnectCommand target = new ReconnectCommand(f.domain, f.circuit, f.xe, false, f.i);
    f.assertUndoRedo(target);
    assertSame(f.x, f.xe.getSource());
    assertSame(f.i, f.xe.getTarget());
    assertEquals(List.of(f.xe), List.copyOf(target.getAffectedObjects()));
    assertEquals(List.of(edge), f.circuit.getDiagram().edgesFor(f.xe), "the same edge draws the moved line");
    f.assertUndoRedo(new ReconnectCommand(f.domain, f.circuit, f.xe, true, f.e));
    assertSame(f.e, f.xe.getSource());
    assertSame(f.i, f.xe.getTarget());
    assertEquals(3, f.circuit.getProjections().size());
  }

  @Test
  void movesAnAttachmentsTargetAtItsIndexWithItsEdge() {
    ReconnectCommand move = new ReconnectCommand(f.domain, f.circuit, new Attachment(f.drive, f.e), false, f.x);
    f.assertUndoRedo(move);
    assertEquals(List.of(f.x, f.i), f.drive.getTargets(), "X takes E's place");
    assertEquals(List.of(f.x, f.i), f.circuit.getDiagram().edgesFor(f.drive).stream().map(DiagramEdge::getTarget)
        .toList());
    assertEquals(List.of(new Attachment(f.drive, f.x)), List.copyOf(move.getAffectedObjects()));
    f.assertUndoRedo(new ReconnectCommand(f.domain, f.circuit, new Attachment(f.spikes, f.e), false, f.i));
    assertEquals(List.of(f.i), f.spikes.getTargets());
    assertEquals(f.i, f.circuit.getDiagram().edgesFor(f.spikes).get(0).getTarget());
  }

  @Test
  void refusesEndsThatAreNotPopulationsOrChangeNothing() {
    ReconnectCommand onRecorder = new ReconnectCommand(f.domain, f.circuit, f.ei, false, f.spikes);
    assertFalse(onRecorder.canExecute());
    assertEquals("cannot move the end of projection 'EI' onto spike recorder 'spikes': a projection joins two "
        + "populations; drop its end on a population", onRecorder.problem());
    ReconnectCommand onRegion = new ReconnectCommand(f.domain, f.circuit, f.ei, true, f.v1);
    assertFalse(onRegion.canExecute());
    assertTrue(onRegion.problem().contains("region 'V1'"), onRegion.problem());
    assertFalse(new ReconnectCommand(f.domain, f.circuit, f.ei, false, f.i).canExecute(), "already ends at I");
    ReconnectCommand deviceEnd = new ReconnectCommand(f.domain, f.circuit, new Attachment(f.drive, f.e), false,
        f.spikes);
    assertFalse(deviceEnd.canExecute());
    assertTrue(deviceEnd.problem().contains("stimulus line must end on a population"), deviceEnd.problem());
    ReconnectCommand taken = new ReconnectCommand(f.domain, f.circuit, new Attachment(f.drive, f.e), false, f.i);
    assertFalse(taken.canExecute());
    assertEquals("dc stimulus 'drive' already acts on population 'I'; drop the end on a population it does not "
        + "act on yet", taken.problem());
    assertFalse(new ReconnectCommand(f.domain, f.circuit, new Attachment(f.drive, f.e), true, f.spikes)
        .canExecute(), "a device line starts at its device");
    assertFalse(new ReconnectCommand(f.domain, f.circuit, f.v1, false, f.e).canExecute());
    assertEquals(List.of(f.e, f.i), f.drive.getTargets());
    assertSame(f.i, f.ei.getTarget());
  }
}
