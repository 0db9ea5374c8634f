package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Locator;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Places a projection's label at the middle of its line and, where the label would cover the
 * line's own end figures (close populations, recurrent loops), slides it sideways, away from the
 * line, until it is clear of them, so rule and weight stay readable without hiding the boxes.
 */
final class ClearLabelLocator implements Locator {

    private static final int STEP = 4;
    private static final int MAX_STEPS = 40;

    private final Connection connection;

    ClearLabelLocator(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void relocate(IFigure label) {
        PointList points = connection.getPoints();
        if (points.size() < 2) {
            return;
        }
        Dimension size = label.getPreferredSize();
        Point middle = points.getMidpoint();
        Rectangle box = new Rectangle(middle.x - size.width / 2, middle.y - size.height / 2, size.width, size.height);
        Point first = points.getFirstPoint();
        Point last = points.getLastPoint();
        double dx = last.x - first.x;
        double dy = last.y - first.y;
        double length = Math.hypot(dx, dy);
        // Slide along the normal on the side the line bends to (routes bend left), else upwards.
        double nx = length < 1 ? 0 : dy / length;
        double ny = length < 1 ? -1 : -dx / length;
        Rectangle source = endBounds(connection.getSourceAnchor().getOwner());
        Rectangle target = endBounds(connection.getTargetAnchor().getOwner());
        Rectangle placed = box.getCopy();
        for (int step = 1; step <= MAX_STEPS && (covers(placed, source) || covers(placed, target)); step++) {
            placed = box.getTranslated((int) Math.round(nx * STEP * step), (int) Math.round(ny * STEP * step));
        }
        label.setBounds(placed);
    }

    private static boolean covers(Rectangle label, Rectangle end) {
        return end != null && label.intersects(end);
    }

    /** An end figure's bounds in the connection's coordinates, or null when unattached. */
    private Rectangle endBounds(IFigure owner) {
        if (owner == null) {
            return null;
        }
        Rectangle r = owner.getBounds().getCopy();
        owner.translateToAbsolute(r);
        connection.translateToRelative(r);
        return r;
    }
}
