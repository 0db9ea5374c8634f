package org.neurocircuit.ui.views.raster;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * The raster's mouse and keys: wheel and +/- zoom (Ctrl: neurons), drag pans, Shift-drag brushes
 * a window, a click sets the cursor, double-click or Esc clears the window, 0 zooms out.
 */
final class RasterMouse {

    /** Pixels the mouse may move and still count as a click. */
    private static final int CLICK_SLOP = 3;
    private static final double ZOOM = 0.8;

    private final RasterCanvas canvas;
    private boolean down;
    private boolean brushing;
    private int startX;
    private int startY;
    private double[] startView;
    private double[] pending;

    RasterMouse(RasterCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, e -> canvas.brushed(null));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
    }

    /** The window being brushed, ms, while Shift-dragging; else null. */
    double[] pendingBrush() {
        return pending;
    }

    private void down(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        canvas.setFocus();
        down = true;
        brushing = (e.stateMask & SWT.SHIFT) != 0;
        startX = e.x;
        startY = e.y;
        startView = canvas.viewport();
    }

    private void move(Event e) {
        if (!down) {
            return;
        }
        if (brushing) {
            pending = new double[] {canvas.timeAt(startX), canvas.timeAt(e.x)};
            canvas.redraw();
            return;
        }
        var plot = canvas.plot();
        double dt = (e.x - startX) * (startView[1] - startView[0]) / plot.width;
        double dr = (e.y - startY) * (startView[3] - startView[2]) / plot.height;
        canvas.setViewport(startView[0] - dt, startView[1] - dt, startView[2] - dr, startView[3] - dr);
    }

    private void up(Event e) {
        if (!down) {
            return;
        }
        down = false;
        pending = null;
        boolean click = Math.abs(e.x - startX) <= CLICK_SLOP && Math.abs(e.y - startY) <= CLICK_SLOP;
        if (brushing && !click) {
            double a = canvas.timeAt(Math.min(startX, e.x));
            double b = canvas.timeAt(Math.max(startX, e.x));
            canvas.brushed(new TimeWindow(a, b));
        } else if (click && canvas.plot().contains(e.x, e.y)) {
            canvas.clicked(canvas.timeAt(e.x));
        }
        canvas.redraw();
    }

    private void wheel(Event e) {
        if (canvas.scene() == null || e.count == 0) {
            return;
        }
        double factor = e.count > 0 ? ZOOM : 1 / ZOOM;
        if ((e.stateMask & SWT.CTRL) != 0) {
            canvas.zoomRows(factor, canvas.rowAt(e.y));
        } else {
            canvas.zoomTime(factor, canvas.timeAt(e.x));
        }
        e.doit = false;
    }

    private void key(Event e) {
        if (canvas.scene() == null) {
            return;
        }
        double[] v = canvas.viewport();
        double mid = (v[0] + v[1]) / 2;
        switch (e.character) {
            case '+', '=' -> canvas.zoomTime(ZOOM, mid);
            case '-' -> canvas.zoomTime(1 / ZOOM, mid);
            case '0' -> canvas.zoomOut();
            case SWT.ESC -> canvas.brushed(null);
            default -> {
                // other keys are not the raster's
            }
        }
    }
}
