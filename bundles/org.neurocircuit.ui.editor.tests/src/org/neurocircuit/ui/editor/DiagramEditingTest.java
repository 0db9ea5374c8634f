package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.edit.commands.Attachment;
import org.neurocircuit.model.validation.CircuitValidation;
import org.neurocircuit.ui.editor.figures.PopulationFigure;
import org.neurocircuit.ui.editor.figures.SynapseConnection;
import org.neurocircuit.ui.editor.parts.AttachmentEditPart;
import org.neurocircuit.ui.editor.parts.PopulationEditPart;
import org.neurocircuit.ui.editor.parts.ProjectionEditPart;

/** Every diagram edit through GEF requests on the real editor, each undone and redone exactly. */
class DiagramEditingTest {

    private EditorFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.open("editing.circuit", SmallCircuit.file());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Population population(String name) {
        return fixture.circuit().allPopulations().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow();
    }

    private Region v1() {
        return fixture.circuit().getRegions().get(0);
    }

    @Test
    void drawsEveryElementWithItsTextsAndLines() {
        PopulationFigure e = (PopulationFigure) ((PopulationEditPart) fixture.part(population("E"))).getFigure();
        assertEquals("E", e.nameText());
        assertEquals("N = 100", e.sizeText());
        assertFalse(e.modelText().isEmpty());
        SynapseConnection ie = (SynapseConnection) ((ProjectionEditPart) fixture.part(fixture.circuit()
                .getProjections().get(1))).getFigure();
        assertTrue(ie.isInhibitory());
        assertTrue(ie.hasRoundHead());
        SynapseConnection ei = (SynapseConnection) ((ProjectionEditPart) fixture.part(fixture.circuit()
                .getProjections().get(0))).getFigure();
        assertFalse(ei.isInhibitory());
        assertEquals("p=0.1  w=10 pA", ei.labelText(), "E→I ends on current-based I: weight in pA");
        assertEquals(2, EditorFixture.partsOf(fixture.viewer(), AttachmentEditPart.class).size());
        assertFalse(fixture.editor.isDirty());
    }

    @Test
    void createsEveryPaletteElementAndUndoesAndRedoesEach() {
        List<CombinedTemplateCreationEntry> entries = new ArrayList<>();
        collect(org.neurocircuit.ui.editor.palette.CircuitPalette.create(), entries);
        assertEquals(1 + 7 + 6 + 3, entries.size(), "region, 7 neuron models, 6 stimuli, 3 recorders");
        int x = 20;
        for (CombinedTemplateCreationEntry entry : entries) {
            CreationFactory factory = (CreationFactory) entry.getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
            CreateRequest request = new CreateRequest();
            request.setFactory(factory);
            request.setLocation(new Point(x, 420));
            x += 15;
            int before = fixture.viewer().getEditPartRegistry().size();
            fixture.assertUndoRedo(() -> fixture.execute(fixture.viewer().getContents().getCommand(request)));
            assertTrue(fixture.viewer().getEditPartRegistry().size() > before, entry.getLabel() + " drew nothing");
            assertDrawnAtItsNode((NamedElement) request.getNewObject());
            if (request.getNewObject() instanceof Population created) {
                assertTrue(CircuitValidation.validate(created).getSeverity() < org.eclipse.emf.common.util.Diagnostic
                        .WARNING, () -> CircuitValidation.lines(CircuitValidation.validate(created)).toString());
                DiagramNode node = fixture.circuit().getDiagram().nodeFor(created);
                assertEquals(120, node.getWidth());
            }
        }
        CreateRequest inRegion = new CreateRequest();
        inRegion.setFactory((CreationFactory) entries.get(1).getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY));
        inRegion.setLocation(new Point(250, 140));
        fixture.assertUndoRedo(() -> fixture.execute(fixture.part(v1()).getCommand(inRegion)));
        assertSame(v1(), ((NamedElement) inRegion.getNewObject()).eContainer());
    }

    /** The element's figure sits where its diagram node says, relative to its container's figure. */
    private void assertDrawnAtItsNode(NamedElement element) {
        EditorFixture.flush();
        org.eclipse.gef.GraphicalEditPart part = (org.eclipse.gef.GraphicalEditPart) fixture.part(element);
        DiagramNode node = fixture.circuit().getDiagram().nodeFor(element);
        org.eclipse.draw2d.geometry.Rectangle bounds = part.getFigure().getBounds();
        org.eclipse.draw2d.IFigure pane = ((org.eclipse.gef.GraphicalEditPart) part.getParent()).getContentPane();
        // A freeform layer lays out at absolute coordinates; a region at its own top left corner.
        org.eclipse.draw2d.geometry.Rectangle parent = pane instanceof org.eclipse.draw2d.FreeformFigure
                ? new org.eclipse.draw2d.geometry.Rectangle() : pane.getClientArea();
        assertEquals(List.of(node.getX(), node.getY(), node.getWidth(), node.getHeight()),
                List.of(bounds.x - parent.x, bounds.y - parent.y, bounds.width, bounds.height), element.getName());
    }

    private static void collect(PaletteContainer container, List<CombinedTemplateCreationEntry> entries) {
        for (Object child : container.getChildren()) {
            if (child instanceof CombinedTemplateCreationEntry entry) {
                entries.add(entry);
            } else if (child instanceof PaletteContainer inner) {
                collect(inner, entries);
            }
        }
    }

    @Test
    void connectsPopulationsAndAttachesStimuli() {
        EditPart x = fixture.part(population("X"));
        EditPart i = fixture.part(population("I"));
        fixture.assertUndoRedo(() -> fixture.execute(connect(x, i)));
        Projection projection = fixture.circuit().getProjections().get(3);
        assertEquals("X_I", projection.getName());
        assertInstanceOf(ProjectionEditPart.class, fixture.part(projection));
        EditPart drive = fixture.part(fixture.circuit().getStimuli().get(0));
        fixture.assertUndoRedo(() -> fixture.execute(connect(drive, x)));
        assertNotNull(fixture.viewer().getEditPartRegistry().get(new Attachment(fixture.circuit().getStimuli().get(0),
                population("X"))));
        Command again = connect(drive, x);
        assertFalse(again != null && again.canExecute(), "drive already acts on X");
    }

    private static Command connect(EditPart source, EditPart target) {
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(source);
        request.setTargetEditPart(source);
        request.setStartCommand(source.getCommand(request));
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(target);
        return target.getCommand(request);
    }

    @Test
    void movesAndResizes() {
        EditPart e = fixture.part(population("E"));
        DiagramNode node = fixture.circuit().getDiagram().nodeFor(population("E"));
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(e);
        move.setMoveDelta(new Point(15, 25));
        fixture.assertUndoRedo(() -> fixture.execute(e.getCommand(move)));
        assertEquals(List.of(35, 65), List.of(node.getX(), node.getY()));
        assertEquals(35, ((PopulationEditPart) e).getFigure().getBounds().x
                - ((org.eclipse.gef.GraphicalEditPart) e.getParent()).getFigure().getBounds().x);
        ChangeBoundsRequest resize = new ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        resize.setEditParts(e);
        resize.setSizeDelta(new Dimension(40, 20));
        fixture.assertUndoRedo(() -> fixture.execute(e.getCommand(resize)));
        assertEquals(List.of(160, 80), List.of(node.getWidth(), node.getHeight()));
        ChangeBoundsRequest tiny = new ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        tiny.setEditParts(e);
        tiny.setSizeDelta(new Dimension(-150, 0));
        assertFalse(e.getCommand(tiny).canExecute());
        assertTrue(fixture.editor.lastMessage().contains("population 'E'"), fixture.editor.lastMessage());
    }

    @Test
    void nestsAndUnnests() {
        EditPart x = fixture.part(population("X"));
        ChangeBoundsRequest into = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
        into.setEditParts(x);
        into.setMoveDelta(new Point(240, -200));
        fixture.assertUndoRedo(() -> fixture.execute(fixture.part(v1()).getCommand(into)));
        assertSame(v1(), population("X").eContainer());
        assertSame(fixture.part(v1()), fixture.part(population("X")).getParent());
        assertEquals(3, fixture.circuit().getProjections().size());
        EditPart e = fixture.part(population("E"));
        ChangeBoundsRequest out = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
        out.setEditParts(e);
        out.setMoveDelta(new Point(0, 300));
        fixture.assertUndoRedo(() -> fixture.execute(fixture.viewer().getContents().getCommand(out)));
        assertSame(fixture.circuit(), population("E").eContainer());
    }

    @Test
    void deletesWithEverythingThatWouldDangle() {
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        EditPart e = fixture.part(population("E"));
        delete.setEditParts(e);
        fixture.assertUndoRedo(() -> fixture.execute(e.getCommand(delete)));
        assertTrue(fixture.circuit().getProjections().isEmpty(), "EI, IE and XE all touch E");
        fixture.stack().undo();
        EditorFixture.flush();
        assertDrawnAtItsNode(population("E"));
        assertEquals(3, EditorFixture.partsOf(fixture.viewer(), ProjectionEditPart.class).size());
        fixture.stack().redo();
        assertTrue(EditorFixture.partsOf(fixture.viewer(), ProjectionEditPart.class).isEmpty());
        assertEquals(1, EditorFixture.partsOf(fixture.viewer(), AttachmentEditPart.class).size(), "drive -> I is left");
    }

    @Test
    void deleteActionDeletesTheSelection() {
        fixture.viewer().setSelection(new StructuredSelection(List.of(fixture.part(population("I")),
                fixture.part(population("X")))));
        IAction delete = fixture.registry().getAction(ActionFactory.DELETE.getId());
        ((org.eclipse.gef.ui.actions.UpdateAction) delete).update();
        assertTrue(delete.isEnabled());
        fixture.assertUndoRedo(delete::run);
        assertEquals(List.of("E"), fixture.circuit().allPopulations().stream().map(Population::getName).toList());
        assertTrue(fixture.circuit().getProjections().isEmpty());
    }

    @Test
    void copiesAndPastesWithTheProjectionsBetweenTheCopies() {
        fixture.viewer().setSelection(new StructuredSelection(List.of(fixture.part(population("E")),
                fixture.part(population("I")))));
        IAction copy = fixture.registry().getAction(ActionFactory.COPY.getId());
        IAction paste = fixture.registry().getAction(ActionFactory.PASTE.getId());
        ((org.eclipse.gef.ui.actions.UpdateAction) copy).update();
        copy.run();
        fixture.viewer().setSelection(StructuredSelection.EMPTY);
        ((org.eclipse.gef.ui.actions.UpdateAction) paste).update();
        assertTrue(paste.isEnabled());
        fixture.assertUndoRedo(paste::run);
        assertEquals(List.of("X", "E_copy", "I_copy"), fixture.circuit().getPopulations().stream()
                .map(Population::getName).toList());
        assertEquals(List.of("EI", "IE", "XE", "EI_copy", "IE_copy"), fixture.circuit().getProjections().stream()
                .map(Projection::getName).toList());
        assertInstanceOf(PopulationEditPart.class, fixture.part(fixture.circuit().getPopulations().get(1)));
    }

    @Test
    void renamesInPlaceAndRefusesTakenNames() {
        EditPart e = fixture.part(population("E"));
        Control control = fixture.viewer().getControl();
        TextCellEditor cell = new TextCellEditor((org.eclipse.swt.widgets.Composite) control);
        try {
            cell.setValue("Exc");
            DirectEditRequest request = new DirectEditRequest();
            request.setCellEditor(cell);
            fixture.assertUndoRedo(() -> fixture.execute(e.getCommand(request)));
            assertEquals("Exc", ((PopulationFigure) ((PopulationEditPart) e).getFigure()).nameText());
            cell.setValue("I");
            Command taken = e.getCommand(request);
            assertFalse(taken.canExecute());
            assertEquals("cannot rename population 'Exc' to 'I': population 'I' in the same container has that name; "
                    + "choose another name or rename that one first", fixture.editor.lastMessage());
        } finally {
            cell.dispose();
        }
    }

    @Test
    void f2OpensTheNameBoxAndEnterRenames() {
        EditPart i = fixture.part(population("I"));
        fixture.viewer().select(i);
        IAction directEdit = fixture.registry().getAction(GEFActionConstants.DIRECT_EDIT);
        ((org.eclipse.gef.ui.actions.UpdateAction) directEdit).update();
        directEdit.run();
        EditorFixture.flush();
        Text text = findText((org.eclipse.swt.widgets.Composite) fixture.viewer().getControl());
        assertNotNull(text, "no text box for the name");
        assertEquals("I", text.getText());
        text.setText("Inh");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        EditorFixture.flush();
        assertEquals("Inh", population("Inh").getName());
        fixture.stack().undo();
        assertEquals("I", population("I").getName());
        assertNull(findText((org.eclipse.swt.widgets.Composite) fixture.viewer().getControl()));
    }

    private static Text findText(org.eclipse.swt.widgets.Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && !text.isDisposed() && text.isVisible()) {
                return text;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner && findText(inner) != null) {
                return findText(inner);
            }
        }
        return null;
    }

    @Test
    void alignsCutsAndPastesAndTogglesTheGrid() {
        EditPart x = fixture.part(population("X"));
        EditPart drive = fixture.part(fixture.circuit().getStimuli().get(0));
        fixture.viewer().setSelection(new StructuredSelection(List.of(drive, x)));
        IAction left = fixture.action(GEFActionConstants.ALIGN_LEFT);
        assertTrue(left.isEnabled());
        fixture.assertUndoRedo(left::run);
        assertEquals(fixture.circuit().getDiagram().nodeFor(population("X")).getX(),
                fixture.circuit().getDiagram().nodeFor(fixture.circuit().getStimuli().get(0)).getX(),
                "aligned on the primary selection's left edge");

        fixture.viewer().setSelection(new StructuredSelection(x));
        IAction cut = fixture.action(ActionFactory.CUT.getId());
        fixture.assertUndoRedo(cut::run);
        assertTrue(fixture.circuit().getPopulations().isEmpty());
        fixture.viewer().setSelection(StructuredSelection.EMPTY);
        fixture.assertUndoRedo(() -> fixture.action(ActionFactory.PASTE.getId()).run());
        assertEquals(List.of("X_copy"), fixture.circuit().getPopulations().stream().map(Population::getName).toList());

        IAction grid = fixture.action(org.neurocircuit.ui.editor.actions.ViewerToggleAction.SHOW_GRID);
        grid.setChecked(true);
        grid.run();
        assertEquals(Boolean.TRUE, fixture.viewer().getProperty(org.eclipse.gef.SnapToGrid.PROPERTY_GRID_VISIBLE));
        IAction snap = fixture.action(org.neurocircuit.ui.editor.actions.ViewerToggleAction.SNAP_TO_GRID);
        snap.setChecked(true);
        snap.run();
        assertInstanceOf(org.eclipse.gef.SnapToGrid.class, fixture.viewer().getContents().getAdapter(
                org.eclipse.gef.SnapToHelper.class));
        IAction selectAll = fixture.action(ActionFactory.SELECT_ALL.getId());
        selectAll.run();
        assertEquals(fixture.viewer().getContents().getChildren().size(),
                ((StructuredSelection) fixture.viewer().getSelection()).size());
    }
}
