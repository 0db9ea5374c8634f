package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.PopulationSelection;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.ui.editor.actions.ValidateAction;
import org.neurocircuit.ui.editor.figures.PopulationFigure;
import org.neurocircuit.ui.editor.markers.CircuitMarkers;
import org.neurocircuit.ui.editor.outline.CircuitOutlinePage;
import org.neurocircuit.ui.editor.parts.PopulationEditPart;
import org.neurocircuit.ui.editor.properties.CircuitPropertySourceProvider;
import org.neurocircuit.ui.editor.properties.ItemPropertyField;
import org.neurocircuit.ui.editor.properties.ItemPropertySource;
import org.neurocircuit.ui.link.WorkbenchLinks;

/** The editor part: adapters, dirty state, save and reopen, properties, markers, link bus, outline. */
class CircuitEditorTest {

    private EditorFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = EditorFixture.open("editor.circuit", SmallCircuit.file());
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private Population population(String name) {
        return fixture.circuit().allPopulations().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow();
    }

    @Test
    void opensWithTheContractIdAndAdapters() {
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertSame(fixture.editor, active);
        assertEquals(CircuitEditor.ID, fixture.editor.getSite().getId());
        assertSame(fixture.circuit(), fixture.editor.getAdapter(Circuit.class));
        assertNotNull(fixture.editor.getAdapter(EditingDomain.class));
        assertNotNull(fixture.editor.getAdapter(GraphicalViewer.class));
        assertInstanceOf(CommandStack.class, fixture.editor.getAdapter(CommandStack.class));
        assertEquals(fixture.file, fixture.editor.getAdapter(IFile.class));
        assertEquals(3, EditorFixture.partsOf(fixture.viewer(), PopulationEditPart.class).size());
    }

    @Test
    void propertyEditsAreUndoableAndTheDiagramFollowsThem() {
        ItemPropertySource source = (ItemPropertySource) new CircuitPropertySourceProvider(
                fixture.editor.document().adapterFactory()).getPropertySource(fixture.part(population("E")));
        List<String> names = source.fields().stream().map(ItemPropertyField::getDisplayName).toList();
        assertTrue(names.contains("\u03c4_m (ms)") || names.contains("C_m (pF)"), names.toString());
        ItemPropertyField size = source.fields().stream().filter(f -> f.feature() == Literals.POPULATION__SIZE)
                .findFirst().orElseThrow();
        fixture.assertUndoRedo(() -> source.setPropertyValue(size.getId(), "250"));
        assertEquals(250, population("E").getSize());
        assertEquals("N = 250", ((PopulationFigure) ((PopulationEditPart) fixture.part(population("E")))
                .getFigure()).sizeText());
    }

    @Test
    void invalidPropertyInputIsRefusedWithTheReason() {
        ItemPropertySource source = (ItemPropertySource) new CircuitPropertySourceProvider(
                fixture.editor.document().adapterFactory()).getPropertySource(fixture.part(population("E")));
        ItemPropertyField size = source.fields().stream().filter(f -> f.feature() == Literals.POPULATION__SIZE)
                .findFirst().orElseThrow();
        ItemPropertyField cm = source.fields().stream().filter(f -> f.getDisplayName().equals("C_m (pF)"))
                .findFirst().orElseThrow();
        assertTrue(size.problem("-5").contains("cannot be negative"), size.problem("-5"));
        assertTrue(size.problem("many").contains("is not a whole number"), size.problem("many"));
        assertTrue(cm.problem("NaN").contains("not a finite number"), cm.problem("NaN"));
        assertTrue(cm.problem("-1").contains("C_m (pF) cannot be negative"), cm.problem("-1"));
        assertNull(cm.problem("200.5"));
        Shell shell = fixture.viewer().getControl().getShell();
        CellEditor editor = size.createPropertyEditor((org.eclipse.swt.widgets.Composite) fixture.viewer().getControl());
        try {
            assertNotNull(editor.getValidator().isValid("-3"));
            assertNull(editor.getValidator().isValid("12"));
        } finally {
            editor.dispose();
        }
        int before = population("E").getSize();
        source.setPropertyValue(size.getId(), "-5");
        assertEquals(before, population("E").getSize(), "refused input must not reach the model");
        assertFalse(fixture.editor.isDirty());
        assertNotNull(shell);
    }

    @Test
    void savingClearsDirtyAndReopeningGivesTheSameModel() throws Exception {
        fixture.execute(new org.neurocircuit.ui.editor.commands.EmfGefCommand(SetCommand.create(
                fixture.editor.document().domain(), population("X"), Literals.POPULATION__SIZE, 42)));
        assertTrue(fixture.editor.isDirty());
        fixture.editor.doSave(null);
        assertFalse(fixture.editor.isDirty());
        Circuit saved = EcoreUtil.copy(fixture.circuit());
        IFile file = fixture.file;
        fixture.close();
        fixture = EditorFixture.reopen(file);
        assertTrue(new EcoreUtil.EqualityHelper().equals(saved, fixture.circuit()));
        assertEquals(42, population("X").getSize());
        assertFalse(fixture.editor.isDirty());
    }

    @Test
    void aBrokenFileIsNotOpenedAndNotChanged() throws Exception {
        fixture.close();
        String broken = "<?xml version=\"1.0\"?>\n<nc:Circuit xmlns:nc=\"http://www.neurocircuit.org/model/1.0\" "
                + "name=\"b\"><populations name=\"P\" sise=\"3\"/></nc:Circuit>\n";
        IFile file = fixture.file.getProject().getFile("broken.circuit");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, null);
        IEditorPart part;
        try {
            part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file,
                    CircuitEditor.ID, true);
        } catch (PartInitException e) {
            part = null;
        }
        EditorFixture.flush();
        assertFalse(part instanceof CircuitEditor, "a file with errors must not open as a circuit");
        IMarker[] markers = file.findMarkers(CircuitMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(markers.length > 0 && String.valueOf(markers[0].getAttribute(IMarker.MESSAGE)).contains("sise"),
                "the load problem is listed in the Problems view");
        assertEquals(broken, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
        if (part != null) {
            part.getSite().getPage().closeEditor(part, false);
        }
        fixture = null;
    }

    @Test
    void validationPutsMarkersAndOpeningOneSelectsTheElement() throws Exception {
        fixture.execute(new org.neurocircuit.ui.editor.commands.EmfGefCommand(SetCommand.create(
                fixture.editor.document().domain(), population("I"), Literals.POPULATION__SIZE, 0)));
        fixture.registry().getAction(ValidateAction.ID).run();
        IMarker[] markers = fixture.file.findMarkers(CircuitMarkers.TYPE, false, IResource.DEPTH_ZERO);
        IMarker sizeMarker = null;
        for (IMarker marker : markers) {
            if (String.valueOf(marker.getAttribute(IMarker.MESSAGE)).contains("size is 0")) {
                sizeMarker = marker;
            }
        }
        assertNotNull(sizeMarker, () -> "markers: " + markers.length);
        assertEquals(IMarker.SEVERITY_ERROR, sizeMarker.getAttribute(IMarker.SEVERITY, -1));
        fixture.viewer().deselectAll();
        IDE.gotoMarker(fixture.editor, sizeMarker);
        EditorFixture.flush();
        assertEquals(List.of(fixture.part(population("I"))),
                ((org.eclipse.jface.viewers.IStructuredSelection) fixture.viewer().getSelection()).toList());
    }

    @Test
    void selectingPopulationsPublishesThemAndOthersSelectionsAreHighlighted() {
        List<LinkEvent> events = new ArrayList<>();
        try (var subscription = WorkbenchLinks.bus().subscribe(events::add, LinkTopics.SELECTED_POPULATIONS)) {
            fixture.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(
                    fixture.part(population("E")), fixture.part(population("X")))));
            EditorFixture.flush();
            assertFalse(events.isEmpty());
            LinkEvent last = events.get(events.size() - 1);
            assertEquals(PopulationSelection.of("E", "X"), last.value());
            assertSame(fixture.editor, last.source());
        }
        WorkbenchLinks.bus().publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("I"), "raster view");
        EditorFixture.flush();
        PopulationEditPart i = (PopulationEditPart) fixture.part(population("I"));
        assertTrue(i.isHighlighted());
        assertTrue(((PopulationFigure) i.getFigure()).isHighlighted());
        assertEquals(4, ((PopulationFigure) i.getFigure()).getLineWidth());
        assertFalse(((PopulationEditPart) fixture.part(population("E"))).isHighlighted());
    }

    @Test
    void outlineShowsTheTreeAndTheOverview() throws Exception {
        var page = fixture.editor.getSite().getPage();
        var view = page.showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page.activate(fixture.editor);
        EditorFixture.flush();
        var outline = (CircuitOutlinePage) ((org.eclipse.ui.part.PageBookView) view).getCurrentPage();
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) outline.tree().getControl();
        assertEquals(1, tree.getItemCount());
        assertEquals("small", tree.getItem(0).getText());
        assertTrue(tree.getItem(0).getItemCount() >= 5, "regions, populations, projections, stimuli, recorders");
        outline.showOverview();
        EditorFixture.flush();
        assertNotNull(outline.thumbnail());
        assertTrue(outline.shownPage() != tree);
        outline.showTree();
        EditorFixture.flush();
        assertSame(tree, outline.shownPage());
    }
}
