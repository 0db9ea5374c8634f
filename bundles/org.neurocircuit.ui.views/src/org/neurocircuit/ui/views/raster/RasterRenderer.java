package org.neurocircuit.ui.views.raster;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.neurocircuit.ui.views.SpikeTable;

/**
 * Draws the spikes of a time × neuron viewport into pixels. When more spikes are visible than
 * there are pixels it counts the spikes per pixel (column × row) and shades each pixel by its
 * count in the colour of its population (a pixel with one spike stays visible); otherwise it draws
 * every spike as a dot. No spike is ever skipped. Only the spikes of the visible time range are
 * touched: it is found by binary search in the time-sorted table.
 */
public final class RasterRenderer {

    /** How the last picture was drawn. */
    public enum Mode {
        /** Counts per pixel. */
        DENSITY,
        /** One dot per spike. */
        DOTS
    }

    /** What a render drew: the picture, how, and how many spikes lie in the viewport. */
    public record Result(ImageData image, Mode mode, int visibleSpikes) {
    }

    private static final PaletteData RGB24 = new PaletteData(0xFF0000, 0xFF00, 0xFF);
    /** Least intensity of a pixel holding one spike, so single spikes stay visible. */
    private static final double FLOOR = 0.35;
    /** How much of its colour a population that is not highlighted keeps. */
    private static final double DIMMED = 0.22;

    private RasterRenderer() {
    }

    /**
     * Renders the viewport {@code [t0, t1) ms × [row0, row1) neurons} into {@code width × height} pixels.
     *
     * @param colors colour of each population
     * @param emphasised per population whether it is drawn in full colour (else dimmed)
     */
    public static Result render(SpikeTable s, double t0, double t1, double row0, double row1, int width, int height,
            RGB[] colors, boolean[] emphasised) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        ImageData img = new ImageData(w, h, 24, RGB24);
        byte[] px = img.data;
        java.util.Arrays.fill(px, (byte) 0xFF);
        int i0 = s.indexAt(t0);
        int i1 = s.indexAt(t1);
        double xScale = w / (t1 - t0);
        double yScale = h / (row1 - row0);
        int[] steps = s.steps();
        int[] neurons = s.neurons();
        double dt = s.dt();
        int visible = row0 <= 0 && row1 >= s.neuronCount() ? i1 - i0 : countRows(neurons, i0, i1, row0, row1);
        Mode mode = visible > (long) w * h ? Mode.DENSITY : Mode.DOTS;
        int[][] shades = shades(colors, emphasised);
        if (mode == Mode.DENSITY) {
            int[] counts = new int[w * h];
            int max = 0;
            for (int i = i0; i < i1; i++) {
                int n = neurons[i];
                if (n < row0 || n >= row1) {
                    continue;
                }
                int x = Math.min(w - 1, (int) ((steps[i] * dt - t0) * xScale));
                int y = Math.min(h - 1, (int) ((n - row0) * yScale));
                int c = ++counts[y * w + x];
                max = Math.max(max, c);
            }
            double[] intensity = new double[max + 1];
            for (int c = 1; c <= max; c++) {
                intensity[c] = FLOOR + (1 - FLOOR) * Math.sqrt(c / (double) max);
            }
            for (int y = 0; y < h; y++) {
                int neuron = (int) Math.min(s.neuronCount() - 1, Math.max(0, row0 + (y + 0.5) / yScale));
                int[] shade = shades[s.populationOf(neuron)];
                int line = y * img.bytesPerLine;
                for (int x = 0; x < w; x++) {
                    int c = counts[y * w + x];
                    if (c > 0) {
                        put(px, line + 3 * x, shade, intensity[c]);
                    }
                }
            }
        } else {
            int dotW = Math.max(2, Math.min(4, (int) (dt * xScale)));
            int dotH = Math.max(1, Math.min(6, (int) Math.floor(yScale)));
            for (int i = i0; i < i1; i++) {
                int n = neurons[i];
                if (n < row0 || n >= row1) {
                    continue;
                }
                int[] shade = shades[s.populationOf(n)];
                int x = Math.min(w - 1, (int) ((steps[i] * dt - t0) * xScale));
                int y = Math.min(h - 1, (int) ((n - row0) * yScale));
                for (int yy = y; yy < Math.min(h, y + dotH); yy++) {
                    for (int xx = x; xx < Math.min(w, x + dotW); xx++) {
                        put(px, yy * img.bytesPerLine + 3 * xx, shade, 1);
                    }
                }
            }
        }
        return new Result(img, mode, visible);
    }

    private static int countRows(int[] neurons, int from, int to, double row0, double row1) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (neurons[i] >= row0 && neurons[i] < row1) {
                n++;
            }
        }
        return n;
    }

    /** Per population the colour it is drawn in (dimmed towards white unless emphasised). */
    private static int[][] shades(RGB[] colors, boolean[] emphasised) {
        int[][] out = new int[colors.length][];
        for (int p = 0; p < colors.length; p++) {
            double keep = emphasised[p] ? 1 : DIMMED;
            out[p] = new int[] {(int) (255 - (255 - colors[p].red) * keep), (int) (255 - (255 - colors[p].green) * keep),
                (int) (255 - (255 - colors[p].blue) * keep)};
        }
        return out;
    }

    /** Writes a colour at intensity {@code a} over white (24-bit, most significant byte first). */
    private static void put(byte[] px, int at, int[] rgb, double a) {
        px[at] = (byte) (255 - (255 - rgb[0]) * a);
        px[at + 1] = (byte) (255 - (255 - rgb[1]) * a);
        px[at + 2] = (byte) (255 - (255 - rgb[2]) * a);
    }
}
