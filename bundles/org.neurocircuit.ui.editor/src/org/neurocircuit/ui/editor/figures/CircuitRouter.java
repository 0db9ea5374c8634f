package org.neurocircuit.ui.editor.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Routes lines straight, except: a line whose constraint is an Integer bends by that many pixels to
 * its left at the middle (so A→B and B→A, both bent, do not overlap), and a line from a figure to
 * itself (a recurrent projection) is a loop on the figure's top right corner.
 */
public class CircuitRouter extends AbstractRouter {

    private static final int LOOP = 22;

    private final Map<Connection, Object> constraints = new HashMap<>();

    @Override
    public Object getConstraint(Connection connection) {
        return constraints.get(connection);
    }

    @Override
    public void setConstraint(Connection connection, Object constraint) {
        constraints.put(connection, constraint);
    }

    @Override
    public void remove(Connection connection) {
        constraints.remove(connection);
    }

    @Override
    public void route(Connection connection) {
        ConnectionAnchor source = connection.getSourceAnchor();
        ConnectionAnchor target = connection.getTargetAnchor();
        PointList points = new PointList();
        if (source.getOwner() != null && source.getOwner() == target.getOwner()) {
            loop(source.getOwner(), points);
        } else {
            Point from = source.getReferencePoint();
            Point to = target.getReferencePoint();
            int bend = getConstraint(connection) instanceof Integer offset ? offset : 0;
            if (bend == 0) {
                points.addPoint(source.getLocation(to));
                points.addPoint(target.getLocation(from));
            } else {
                double dx = to.x - from.x;
                double dy = to.y - from.y;
                double length = Math.max(1, Math.hypot(dx, dy));
                Point middle = new Point((int) Math.round((from.x + to.x) / 2.0 + dy / length * bend),
                        (int) Math.round((from.y + to.y) / 2.0 - dx / length * bend));
                points.addPoint(source.getLocation(middle));
                points.addPoint(middle);
                points.addPoint(target.getLocation(middle));
            }
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.getPoint(i);
            connection.translateToRelative(p);
            points.setPoint(p, i);
        }
        connection.setPoints(points);
    }

    private static void loop(IFigure owner, PointList points) {
        Rectangle r = owner.getBounds().getCopy();
        owner.translateToAbsolute(r);
        int right = r.right();
        points.addPoint(right - LOOP, r.y);
        points.addPoint(right - LOOP, r.y - LOOP);
        points.addPoint(right + LOOP, r.y - LOOP);
        points.addPoint(right + LOOP, r.y + LOOP);
        points.addPoint(right, r.y + LOOP);
    }
}
