package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Ellipse;
import org.eclipse.draw2d.RotatableDecoration;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;

/** The round head of an inhibitory projection: a filled dot centred just before the line's end. */
public class RoundDecoration extends Ellipse implements RotatableDecoration {

    private static final int DIAMETER = 9;

    private Point location = new Point();

    public RoundDecoration() {
        setSize(DIAMETER, DIAMETER);
    }

    @Override
    public void setLocation(Point p) {
        location = p.getCopy();
        setBounds(new Rectangle(p.x - DIAMETER / 2, p.y - DIAMETER / 2, DIAMETER, DIAMETER));
    }

    /** Moves the dot half a diameter back along the line, so that it touches the target's border. */
    @Override
    public void setReferencePoint(Point ref) {
        double dx = ref.x - location.x;
        double dy = ref.y - location.y;
        double length = Math.max(1, Math.hypot(dx, dy));
        int x = (int) Math.round(location.x + dx / length * DIAMETER / 2.0);
        int y = (int) Math.round(location.y + dy / length * DIAMETER / 2.0);
        setBounds(new Rectangle(x - DIAMETER / 2, y - DIAMETER / 2, DIAMETER, DIAMETER));
    }
}
