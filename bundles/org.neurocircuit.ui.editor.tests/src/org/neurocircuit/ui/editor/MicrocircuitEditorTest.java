package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Population;
import org.neurocircuit.ui.editor.parts.AttachmentEditPart;
import org.neurocircuit.ui.editor.parts.PopulationEditPart;
import org.neurocircuit.ui.editor.parts.ProjectionEditPart;
import org.neurocircuit.ui.editor.parts.RegionEditPart;

/** The Potjans–Diesmann microcircuit in the editor: drawn completely, edited, and photographed. */
class MicrocircuitEditorTest {

    @Test
    void drawsEditsAndShowsTheMicrocircuit() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1600, 1000);
        EditorFixture fixture = EditorFixture.openExample("potjans_diesmann_2014.circuit");
        try {
            assertEquals(4, EditorFixture.partsOf(fixture.viewer(), RegionEditPart.class).size());
            assertEquals(8, EditorFixture.partsOf(fixture.viewer(), PopulationEditPart.class).size());
            assertEquals(fixture.circuit().getProjections().size(),
                    EditorFixture.partsOf(fixture.viewer(), ProjectionEditPart.class).size());
            long attachments = fixture.circuit().getStimuli().stream().mapToLong(s -> s.getTargets().size()).sum()
                    + fixture.circuit().getRecorders().stream().mapToLong(r -> r.getTargets().size()).sum();
            assertEquals(attachments, EditorFixture.partsOf(fixture.viewer(), AttachmentEditPart.class).size());
            assertTrue(!fixture.editor.isDirty(), "the example has a complete diagram");

            Population l4e = fixture.circuit().allPopulations().stream().filter(p -> p.getName().equals("L4E"))
                    .findFirst().orElseThrow();
            EditPart part = fixture.part(l4e);
            ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
            move.setEditParts(part);
            move.setMoveDelta(new Point(0, 10));
            fixture.assertUndoRedo(() -> fixture.execute(part.getCommand(move)));
            fixture.viewer().setSelection(new StructuredSelection(part));
            fixture.action(ActionFactory.COPY.getId()).run();
            fixture.assertUndoRedo(() -> fixture.action(ActionFactory.PASTE.getId()).run());
            fixture.stack().undo();
            var page = fixture.editor.getSite().getPage();
            page.toggleZoom(page.getReference(fixture.editor));
            EditorFixture.flush();
            fixture.action(org.neurocircuit.ui.editor.actions.ZoomToFitAction.ID).run();
            fixture.viewer().setSelection(new StructuredSelection(fixture.part(l4e)));
            EditorFixture.flush();
            var zoom = (org.eclipse.gef.editparts.ZoomManager) fixture.editor.getAdapter(
                    org.eclipse.gef.editparts.ZoomManager.class);
            var contents = zoom.getViewport().getContents().getPreferredSize();
            var area = zoom.getViewport().getClientArea().getSize();
            assertTrue(zoom.getZoom() != 1.0 && contents.width <= area.width + 2 && contents.height <= area.height + 2,
                    "zoom to fit: " + zoom.getZoom() + ", " + contents + " in " + area);
            var firstProjection = (ProjectionEditPart) fixture.part(fixture.circuit().getProjections().get(0));
            assertTrue(!((org.neurocircuit.ui.editor.figures.SynapseConnection) firstProjection.getFigure())
                    .isLabelShown(), "55 projections: labels only on selection");
            Path shot = EditorFixture.screenshot("potjans_diesmann_editor.png");
            assertTrue(Files.size(shot) > 10_000, "the screenshot is empty");
            System.out.println("screenshot: " + shot);
            List<?> selected = ((StructuredSelection) fixture.viewer().getSelection()).toList();
            assertEquals(1, selected.size());
        } finally {
            var page = fixture.editor.getSite().getPage();
            if (page.isPageZoomed()) {
                page.toggleZoom(page.getReference(fixture.editor));
            }
            fixture.close();
        }
    }
}
