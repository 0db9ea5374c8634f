package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.Test;
import org.neurocircuit.ui.editor.figures.SynapseConnection;
import org.neurocircuit.ui.editor.parts.PopulationEditPart;
import org.neurocircuit.ui.editor.parts.ProjectionEditPart;

/** Projection labels stay readable: none covers a population box, even for close pairs and loops. */
class ProjectionLabelTest {

    @Test
    void labelsOfTheCobaNetworkCoverNoPopulation() throws Exception {
        EditorFixture fixture = EditorFixture.openExample("vogels_abbott_coba.circuit");
        try {
            EditorFixture.flush();
            List<ProjectionEditPart> projections = EditorFixture.partsOf(fixture.viewer(), ProjectionEditPart.class);
            assertEquals(4, projections.size(), "E→E, E→I, I→E, I→I");
            List<Rectangle> boxes = EditorFixture.partsOf(fixture.viewer(), PopulationEditPart.class).stream()
                    .map(p -> absolute(p.getFigure())).toList();
            assertEquals(2, boxes.size());
            for (ProjectionEditPart part : projections) {
                SynapseConnection line = (SynapseConnection) part.getFigure();
                assertTrue(line.isLabelShown(), "a small circuit shows every label");
                assertFalse(line.labelText().isEmpty());
                Rectangle label = line.labelBounds();
                for (Rectangle box : boxes) {
                    assertFalse(label.intersects(box), "label '" + line.labelText() + "' at " + label
                            + " covers the population box at " + box);
                }
                Rectangle inLine = label.getCopy();
                line.translateToRelative(inLine);
                assertTrue(line.getBounds().contains(inLine), "the label lies inside the line's bounds, so it is painted");
            }
        } finally {
            fixture.close();
        }
    }

    private static Rectangle absolute(IFigure figure) {
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return r;
    }
}
