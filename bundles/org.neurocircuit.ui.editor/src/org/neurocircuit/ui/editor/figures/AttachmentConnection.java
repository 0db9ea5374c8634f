package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;

/** The dashed line from a stimulus (open arrow) or a recorder (dotted, no head) to a population. */
public class AttachmentConnection extends PolylineConnection implements Selectable {

    public AttachmentConnection(boolean stimulus) {
        setForegroundColor(Colors.DEVICE_LINE);
        setLineStyle(stimulus ? Graphics.LINE_DASH : Graphics.LINE_DOT);
        if (stimulus) {
            PolygonDecoration arrow = new PolygonDecoration();
            arrow.setScale(6, 3);
            setTargetDecoration(arrow);
        }
    }

    @Override
    public void setSelected(boolean on) {
        setLineWidth(on ? 3 : 1);
    }
}
