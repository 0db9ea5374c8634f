package org.neurocircuit.ui.views.raster;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * The raster plot: time (ms) across, neurons down with populations stacked, separated and
 * labelled. Wheel or +/- zooms time around the mouse (Ctrl: neurons), dragging pans,
 * Shift-dragging brushes a time window, a click sets the time cursor, double-click or Esc clears
 * the window. The spike picture comes from {@link RasterRenderer} and is cached until the
 * viewport, the size or the scene changes.
 */
public final class RasterCanvas extends Canvas {

    static final int LEFT = 64;
    static final int RIGHT = 12;
    static final int TOP = 8;
    static final int BOTTOM = 30;

    private RasterScene scene;
    private double t0;
    private double t1;
    private double row0;
    private double row1;
    private Image picture;
    private RasterRenderer.Result last;
    private final Consumer<TimeWindow> onBrush;
    private final Consumer<Double> onCursor;
    private final RasterMouse mouse;
    private long lastPaintNanos;
    private int paints;

    /**
     * @param onBrush hears a brushed window (null: cleared)
     * @param onCursor hears a clicked time, ms
     */
    public RasterCanvas(Composite parent, Consumer<TimeWindow> onBrush, Consumer<Double> onCursor) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.onBrush = onBrush;
        this.onCursor = onCursor;
        this.mouse = new RasterMouse(this);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> invalidate());
        addDisposeListener(e -> dropPicture());
    }

    /** Shows a scene; keeps the viewport when the extent is unchanged, else zooms out fully. */
    public void setScene(RasterScene s) {
        boolean sameExtent = scene != null && scene.extent().equals(s.extent())
                && scene.spikes().neuronCount() == s.spikes().neuronCount();
        scene = s;
        if (!sameExtent) {
            zoomOut();
        }
        invalidate();
    }

    public RasterScene scene() {
        return scene;
    }

    /** Shows the whole run and all neurons. */
    public void zoomOut() {
        if (scene == null) {
            return;
        }
        t0 = scene.extent().startMs();
        t1 = scene.extent().endMs();
        row0 = 0;
        row1 = Math.max(1, scene.spikes().neuronCount());
        invalidate();
    }

    /** Shows {@code [startMs, endMs) × [firstRow, endRow)}, clamped to the scene. */
    public void setViewport(double startMs, double endMs, double firstRow, double endRow) {
        double span = Math.min(endMs - startMs, scene.extent().durationMs());
        double s = clamp(startMs, scene.extent().startMs(), scene.extent().endMs() - span);
        t0 = s;
        t1 = s + Math.max(span, 1e-3);
        double rows = Math.min(endRow - firstRow, scene.spikes().neuronCount());
        double r = clamp(firstRow, 0, scene.spikes().neuronCount() - rows);
        row0 = r;
        row1 = r + Math.max(rows, 1);
        invalidate();
    }

    /** Zooms time by {@code factor} (< 1 zooms in) around a time, ms. */
    public void zoomTime(double factor, double aroundMs) {
        double span = (t1 - t0) * factor;
        double frac = (aroundMs - t0) / (t1 - t0);
        setViewport(aroundMs - frac * span, aroundMs - frac * span + span, row0, row1);
    }

    /** Zooms neurons by {@code factor} around a row. */
    public void zoomRows(double factor, double aroundRow) {
        double span = (row1 - row0) * factor;
        double frac = (aroundRow - row0) / (row1 - row0);
        setViewport(t0, t1, aroundRow - frac * span, aroundRow - frac * span + span);
    }

    public double[] viewport() {
        return new double[] {t0, t1, row0, row1};
    }

    /** The last picture's render result (mode, visible spikes), or null before the first paint. */
    public RasterRenderer.Result lastRender() {
        return last;
    }

    /** Forgets the cached picture so the next paint renders again. */
    public void invalidate() {
        dropPicture();
        redraw();
    }

    void brushed(TimeWindow w) {
        onBrush.accept(w);
    }

    void clicked(double tMs) {
        onCursor.accept(tMs);
    }

    Rectangle plot() {
        Point size = getSize();
        return new Rectangle(LEFT, TOP, Math.max(1, size.x - LEFT - RIGHT), Math.max(1, size.y - TOP - BOTTOM));
    }

    double timeAt(int x) {
        Rectangle p = plot();
        return t0 + (x - p.x) * (t1 - t0) / p.width;
    }

    double rowAt(int y) {
        Rectangle p = plot();
        return row0 + (y - p.y) * (row1 - row0) / p.height;
    }

    int xOf(double tMs) {
        Rectangle p = plot();
        return p.x + (int) Math.round((tMs - t0) * p.width / (t1 - t0));
    }

    /** How long the last paint took, ns, and how many paints there were (the benchmark reads them). */
    long lastPaintNanos() {
        return lastPaintNanos;
    }

    int paints() {
        return paints;
    }

    private void paint(GC gc) {
        long start = System.nanoTime();
        paintScene(gc);
        lastPaintNanos = System.nanoTime() - start;
        paints++;
    }

    private void paintScene(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (scene == null) {
            return;
        }
        Rectangle p = plot();
        if (picture == null) {
            last = RasterRenderer.render(scene.spikes(), t0, t1, row0, row1, p.width, p.height, scene.colors(),
                    scene.emphasised());
            picture = new Image(getDisplay(), last.image());
        }
        gc.drawImage(picture, p.x, p.y);
        RasterDecorations.draw(gc, this, scene, p, t0, t1, row0, row1, mouse.pendingBrush());
    }

    private void dropPicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }

    static Color color(GC gc, RGB rgb) {
        return new Color(gc.getDevice(), rgb);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
