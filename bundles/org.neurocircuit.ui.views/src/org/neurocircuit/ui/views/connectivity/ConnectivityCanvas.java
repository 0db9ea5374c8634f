package org.neurocircuit.ui.views.connectivity;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.neurocircuit.ui.views.Colors;

/**
 * Draws the population matrix (rows: sources, columns: targets; shade by probability, with the
 * probability and mean weight written in each cell) and the sampled neuron-level adjacency.
 */
final class ConnectivityCanvas extends Canvas {

    private static final int MARGIN = 12;
    private static final int LABEL = 60;

    private ConnectivityModel model;
    private RGB[] colors = new RGB[0];

    ConnectivityCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    void show(ConnectivityModel m, RGB[] populationColors) {
        model = m;
        colors = populationColors;
        redraw();
    }

    private void paint(GC gc) {
        if (model == null) {
            return;
        }
        Rectangle area = getClientArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (model.problem() != null) {
            gc.drawText(model.problem(), MARGIN, MARGIN, true);
            return;
        }
        int lineH = gc.getFontMetrics().getHeight();
        String note = wrap(gc, model.sample().note(), area.width - 2 * MARGIN);
        int noteH = gc.textExtent(note, SWT.DRAW_DELIMITER).y;
        int half = area.width / 2;
        int top = MARGIN + lineH + LABEL / 2;
        int side = Math.max(40, Math.min(half - 2 * MARGIN - LABEL, area.height - top - noteH - 2 * MARGIN));
        gc.drawText(shorten(gc, "Populations: probability p, mean weight w", half - MARGIN), MARGIN, MARGIN, true);
        matrix(gc, new Rectangle(MARGIN + LABEL, top, side, side));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(shorten(gc, "Sampled neurons (rows: source, columns: target)", half - MARGIN), half + MARGIN,
                MARGIN, true);
        sample(gc, new Rectangle(half + MARGIN + LABEL, top, side, side));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(note, MARGIN, top + side + MARGIN, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }

    /** Breaks text into lines no wider than {@code width} pixels, at spaces. */
    private static String wrap(GC gc, String text, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && gc.textExtent(candidate).x > width) {
                out.append(line).append('\n');
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        return out.append(line).toString();
    }

    /** The text, cut with an ellipsis to fit {@code width} pixels. */
    private static String shorten(GC gc, String text, int width) {
        String t = text;
        while (t.length() > 4 && gc.textExtent(t).x > width) {
            t = t.substring(0, t.length() - 2);
        }
        return t.equals(text) ? t : t + "\u2026";
    }

    private void matrix(GC gc, Rectangle r) {
        int n = model.populations().size();
        if (n == 0) {
            return;
        }
        int cell = r.width / n;
        double maxP = model.cells().stream().mapToDouble(ConnectivityModel.Cell::probability).max().orElse(1);
        for (int s = 0; s < n; s++) {
            label(gc, model.populations().get(s), r.x - 6, r.y + s * cell + cell / 2, true, colors[s]);
            label(gc, model.populations().get(s), r.x + s * cell + cell / 2, r.y - 4, false, colors[s]);
            for (int t = 0; t < n; t++) {
                ConnectivityModel.Cell c = model.cell(s, t);
                int x = r.x + t * cell;
                int y = r.y + s * cell;
                double shade = c == null ? 0 : 0.15 + 0.85 * Math.sqrt(c.probability() / maxP);
                RGB base = c != null && c.meanWeight() < 0 ? new RGB(60, 90, 190) : new RGB(200, 70, 60);
                gc.setBackground(new Color(getDisplay(), Colors.dim(base, shade)));
                gc.fillRectangle(x, y, cell, cell);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
                gc.drawRectangle(x, y, cell, cell);
                if (c != null) {
                    gc.setForeground(getDisplay().getSystemColor(shade > 0.6 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                    String p = "p " + number(c.probability());
                    String w = "w " + number(c.meanWeight()) + " " + c.unit();
                    int h = gc.getFontMetrics().getHeight();
                    if (gc.textExtent(w).x <= cell - 4 && 2 * h <= cell) {
                        centred(gc, p, x + cell / 2, y + cell / 2 - h / 2);
                        centred(gc, w, x + cell / 2, y + cell / 2 + h / 2);
                    } else if (gc.textExtent(p).x <= cell - 2) {
                        centred(gc, p, x + cell / 2, y + cell / 2);
                    }
                }
            }
        }
    }

    private void sample(GC gc, Rectangle r) {
        ConnectivityModel.Sample s = model.sample();
        int total = s.total();
        if (total == 0) {
            return;
        }
        ImageData data = new ImageData(total, total, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        java.util.Arrays.fill(data.data, (byte) 0xFF);
        for (int p = 0; p < s.sizes().length; p++) {
            RGB c = colors[p];
            for (int a = s.offsets()[p]; a < s.offsets()[p] + s.sizes()[p]; a++) {
                for (int b = 0; b < total; b++) {
                    if (s.connected()[a * total + b]) {
                        int at = a * data.bytesPerLine + 3 * b;
                        data.data[at] = (byte) c.red;
                        data.data[at + 1] = (byte) c.green;
                        data.data[at + 2] = (byte) c.blue;
                    }
                }
            }
        }
        Image image = new Image(getDisplay(), data);
        gc.drawImage(image, 0, 0, total, total, r.x, r.y, r.width, r.height);
        image.dispose();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
        double scale = r.width / (double) total;
        for (int p = 0; p < s.sizes().length; p++) {
            int from = (int) Math.round(s.offsets()[p] * scale);
            int mid = (int) Math.round((s.offsets()[p] + s.sizes()[p] / 2.0) * scale);
            if (p > 0) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
                gc.drawLine(r.x, r.y + from, r.x + r.width, r.y + from);
                gc.drawLine(r.x + from, r.y, r.x + from, r.y + r.height);
            }
            String name = model.populations().get(p) + " (" + s.sizes()[p] + ")";
            label(gc, name, r.x - 6, r.y + mid, true, colors[p]);
            label(gc, name, r.x + mid, r.y - 4, false, colors[p]);
        }
    }

    /** A label right-aligned at (x, y centre) for rows, or centred above (x, y) for columns. */
    private void label(GC gc, String text, int x, int y, boolean row, RGB color) {
        gc.setForeground(new Color(getDisplay(), color));
        Point e = gc.textExtent(text);
        if (row) {
            gc.drawText(text, Math.max(0, x - e.x), y - e.y / 2, true);
        } else {
            gc.drawText(text, x - e.x / 2, y - e.y, true);
        }
    }

    /** Three significant digits without trailing zeros (0.02, 6, -67, 0.125). */
    static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%s", v == 0 ? "0" : Double.toString(v));
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static void centred(GC gc, String text, int x, int y) {
        Point e = gc.textExtent(text);
        gc.drawText(text, x - e.x / 2, y - e.y / 2, true);
    }
}
