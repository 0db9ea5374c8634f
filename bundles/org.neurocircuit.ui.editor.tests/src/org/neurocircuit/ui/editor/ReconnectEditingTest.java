package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.Connection;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.ReconnectRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.edit.commands.Attachment;

/** Dragging the ends of drawn lines onto other elements, through GEF reconnect requests on the real editor. */
class ReconnectEditingTest {

    private EditorFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.open("reconnect.circuit", SmallCircuit.file());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Population population(String name) {
        return fixture.circuit().allPopulations().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow();
    }

    private Projection projection(String name) {
        return fixture.circuit().getProjections().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow();
    }

    private Command reconnect(Object line, boolean sourceEnd, NamedElement onto) {
        ReconnectRequest request = new ReconnectRequest(sourceEnd ? RequestConstants.REQ_RECONNECT_SOURCE
                : RequestConstants.REQ_RECONNECT_TARGET);
        EditPart end = fixture.part(onto);
        request.setConnectionEditPart((ConnectionEditPart) fixture.part(line));
        request.setTargetEditPart(end);
        return end.getCommand(request);
    }

    /** The figure that owns the line's target (or source) anchor: the drawn end. */
    private Object anchorOwner(Object line, boolean sourceEnd) {
        Connection figure = (Connection) ((GraphicalEditPart) fixture.part(line)).getFigure();
        return (sourceEnd ? figure.getSourceAnchor() : figure.getTargetAnchor()).getOwner();
    }

    private Object figureOf(Object model) {
        return ((GraphicalEditPart) fixture.part(model)).getFigure();
    }

    @Test
    void movesAProjectionsTargetAndItsDrawnEnd() {
        Projection xe = projection("XE");
        fixture.assertUndoRedo(() -> fixture.execute(reconnect(xe, false, population("I"))));
        assertSame(population("I"), xe.getTarget());
        assertSame(population("X"), xe.getSource());
        assertSame(figureOf(population("I")), anchorOwner(xe, false));
        ConnectionEditPart line = (ConnectionEditPart) fixture.part(xe);
        assertSame(fixture.part(population("I")), line.getTarget());
        assertTrue(((GraphicalEditPart) fixture.part(population("I"))).getTargetConnections().contains(line));
        assertFalse(((GraphicalEditPart) fixture.part(population("E"))).getTargetConnections().contains(line));

        fixture.stack().undo();
        EditorFixture.flush();
        assertSame(population("E"), xe.getTarget());
        assertSame(figureOf(population("E")), anchorOwner(xe, false));
        assertFalse(((GraphicalEditPart) fixture.part(population("I"))).getTargetConnections()
                .contains(fixture.part(xe)));
        fixture.stack().redo();
        EditorFixture.flush();
        assertSame(population("I"), xe.getTarget());
        assertSame(figureOf(population("I")), anchorOwner(xe, false));
    }

    @Test
    void movesAProjectionsSource() {
        Projection xe = projection("XE");
        fixture.assertUndoRedo(() -> fixture.execute(reconnect(xe, true, population("I"))));
        assertSame(population("I"), xe.getSource());
        assertSame(figureOf(population("I")), anchorOwner(xe, true));
        assertTrue(((GraphicalEditPart) fixture.part(population("I"))).getSourceConnections()
                .contains(fixture.part(xe)));
        assertTrue(((GraphicalEditPart) fixture.part(population("X"))).getSourceConnections().isEmpty());
    }

    @Test
    void movesAStimulusLineToAnotherPopulation() {
        Stimulus drive = fixture.circuit().getStimuli().get(0);
        Attachment line = new Attachment(drive, population("I"));
        fixture.assertUndoRedo(() -> fixture.execute(reconnect(line, false, population("X"))));
        assertEquals(List.of(population("X")), drive.getTargets());
        Attachment moved = new Attachment(drive, population("X"));
        assertSame(figureOf(population("X")), anchorOwner(moved, false));
        assertFalse(fixture.viewer().getEditPartRegistry().containsKey(line));
    }

    @Test
    void refusesAProjectionEndOnARecorder() {
        Projection xe = projection("XE");
        Command refused = reconnect(xe, false, fixture.circuit().getRecorders().get(0));
        assertFalse(refused != null && refused.canExecute());
        assertEquals("cannot move the end of projection 'XE' onto spike recorder 'spikes': a projection joins two "
                + "populations; drop its end on a population", fixture.editor.lastMessage());
        assertSame(population("E"), xe.getTarget());
        assertSame(figureOf(population("E")), anchorOwner(xe, false));
    }
}
