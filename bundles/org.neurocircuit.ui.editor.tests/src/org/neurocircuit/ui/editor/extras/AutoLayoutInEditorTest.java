package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.Population;
import org.neurocircuit.ui.editor.layout.ApplyLayoutCommand;
import org.neurocircuit.ui.editor.layout.AutoLayoutHandler;

/** The Auto Layout command in the real editor: the model, the figures and the editor's undo. */
class AutoLayoutInEditorTest {

    private IEditorPart editor;

    @BeforeEach
    void open() throws Exception {
        editor = Workbench.open(Workbench.write(Workbench.project("layout"), "microcircuit.circuit",
                ReferenceCircuits.byId("potjans_diesmann_2014").orElseThrow().create()));
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void theCommandMovesBoxesAndFiguresAndUndoesAsOneStep() throws Exception {
        Circuit circuit = editor.getAdapter(Circuit.class);
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        Population l4e = circuit.allPopulations().get(2);
        DiagramNode node = circuit.getDiagram().nodeFor(l4e);
        Rectangle before = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());

        editor.getSite().getService(IHandlerService.class).executeCommand(AutoLayoutHandler.COMMAND_ID, null);
        Workbench.spin(100);
        Rectangle after = new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
        assertNotEquals(before, after);
        assertEquals(after, figureBounds(l4e));
        assertEquals(ApplyLayoutCommand.LABEL, domain.getCommandStack().getUndoCommand().getLabel());
        assertEquals(true, editor.isDirty());

        domain.getCommandStack().undo();
        Workbench.spin(100);
        assertEquals(before, new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        assertEquals(before, figureBounds(l4e));
    }

    /** The bounds the population's figure is laid out with in its region (the edit part's constraint). */
    private Rectangle figureBounds(Population population) {
        GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
        IFigure figure = ((GraphicalEditPart) viewer.getEditPartRegistry().get(population)).getFigure();
        return (Rectangle) figure.getParent().getLayoutManager().getConstraint(figure);
    }
}
