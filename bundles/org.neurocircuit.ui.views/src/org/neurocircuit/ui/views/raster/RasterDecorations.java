package org.neurocircuit.ui.views.raster;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/** Axes, population separators and labels, the brushed window and the time cursor of a raster. */
final class RasterDecorations {

    private RasterDecorations() {
    }

    static void draw(GC gc, RasterCanvas c, RasterScene s, Rectangle p, double t0, double t1, double row0,
            double row1, double[] pending) {
        Color gray = c.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        Color light = c.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        gc.setForeground(gray);
        gc.drawRectangle(p.x - 1, p.y - 1, p.width + 1, p.height + 1);
        populations(gc, c, s, p, row0, row1, light);
        timeAxis(gc, c, p, t0, t1, gray);
        if (s.brushed() != null) {
            band(gc, c, p, s.brushed().startMs(), s.brushed().endMs(), false);
        }
        if (pending != null) {
            band(gc, c, p, Math.min(pending[0], pending[1]), Math.max(pending[0], pending[1]), true);
        }
        if (s.cursorMs() != null && s.cursorMs() >= t0 && s.cursorMs() < t1) {
            gc.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_RED));
            int x = c.xOf(s.cursorMs());
            gc.drawLine(x, p.y, x, p.y + p.height);
        }
    }

    private static void populations(GC gc, RasterCanvas c, RasterScene s, Rectangle p, double row0, double row1,
            Color line) {
        double scale = p.height / (row1 - row0);
        for (int i = 0; i < s.populations().size(); i++) {
            PopulationInfo info = s.populations().get(i);
            double top = Math.max(row0, info.offset());
            double bottom = Math.min(row1, info.offset() + info.size());
            if (bottom <= top) {
                continue;
            }
            int yTop = p.y + (int) Math.round((top - row0) * scale);
            int yBottom = p.y + (int) Math.round((bottom - row0) * scale);
            if (info.offset() > row0) {
                gc.setForeground(line);
                gc.drawLine(p.x, yTop, p.x + p.width, yTop);
            }
            Color color = RasterCanvas.color(gc, s.colors()[i]);
            gc.setForeground(s.emphasised()[i] ? color : line);
            String label = info.name();
            Point ext = gc.textExtent(label);
            String size = "n=" + info.size();
            Point sizeExt = gc.textExtent(size);
            int mid = (yTop + yBottom) / 2;
            boolean twoLines = yBottom - yTop >= ext.y + sizeExt.y;
            int y = twoLines ? mid - ext.y : mid - ext.y / 2;
            if (yBottom - yTop >= ext.y - 2) {
                gc.drawText(label, Math.max(2, p.x - 6 - ext.x), y, true);
                if (twoLines) {
                    gc.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                    gc.drawText(size, Math.max(2, p.x - 6 - sizeExt.x), mid, true);
                }
            }
            gc.setBackground(color);
            gc.fillRectangle(p.x - 4, yTop, 3, Math.max(1, yBottom - yTop));
        }
    }

    private static void timeAxis(GC gc, RasterCanvas c, Rectangle p, double t0, double t1, Color gray) {
        gc.setForeground(gray);
        double step = niceStep((t1 - t0) * 90 / Math.max(1, p.width));
        int yAxis = p.y + p.height;
        for (double t = Math.ceil(t0 / step) * step; t < t1; t += step) {
            int x = c.xOf(t);
            gc.drawLine(x, yAxis, x, yAxis + 4);
            String label = format(t, step);
            Point e = gc.textExtent(label);
            gc.drawText(label, x - e.x / 2, yAxis + 5, true);
        }
        gc.drawText("t (ms)", 4, yAxis + 5, true);
    }

    private static void band(GC gc, RasterCanvas c, Rectangle p, double a, double b, boolean pending) {
        int x0 = Math.max(p.x, c.xOf(a));
        int x1 = Math.min(p.x + p.width, c.xOf(b));
        if (x1 <= x0) {
            return;
        }
        gc.setAlpha(pending ? 40 : 60);
        gc.setBackground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        gc.fillRectangle(x0, p.y, x1 - x0, p.height);
        gc.setAlpha(255);
        gc.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        gc.setLineStyle(pending ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawLine(x0, p.y, x0, p.y + p.height);
        gc.drawLine(x1, p.y, x1, p.y + p.height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    private static String format(double t, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", t);
    }
}
