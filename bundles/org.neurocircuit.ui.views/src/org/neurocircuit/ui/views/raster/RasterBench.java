package org.neurocircuit.ui.views.raster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.SpikeTable;

/**
 * Prints the raster's redraw time (the canvas's whole paint: render the spike picture, turn it into
 * an image, draw it with the axes, labels, window and cursor) for synthetic Poisson spikes, zoomed out (density rendering) and zoomed in
 * (dots). Run by {@code releng/scripts/bench-raster.sh}; needs a display (Xvfb).
 * Arguments: [spikes (default 1000000)] [repetitions (default 25)].
 */
public final class RasterBench {

    private static final int NEURONS = 10_000;
    private static final double DURATION_MS = 1000;
    private static final double DT = 0.1;

    private RasterBench() {
    }

    public static void main(String[] args) {
        int spikes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        RasterCanvas canvas = new RasterCanvas(shell, w -> { }, t -> { });
        List<PopulationInfo> pops = List.of(new PopulationInfo("E", 0, 8000), new PopulationInfo("I", 8000, 2000));
        RasterScene scene = new RasterScene(poisson(spikes, pops), pops,
                new RGB[] {new RGB(200, 80, 75), new RGB(75, 110, 200)}, new boolean[] {true, false},
                TimeWindow.ofSteps(DT, Math.round(DURATION_MS / DT)), new TimeWindow(300, 400), 350.0);
        canvas.setScene(scene);
        shell.open();
        settle(display);
        var plot = canvas.plot();
        System.out.printf(Locale.ROOT, "raster redraw: %d spikes of %d neurons over %.0f ms, plot %d x %d px, %d repetitions%n",
                spikes, NEURONS, DURATION_MS, plot.width, plot.height, reps);
        canvas.zoomOut();
        report("zoomed out", canvas, display, reps);
        canvas.setViewport(100, 120, 0, 400);
        report("zoomed in (20 ms x 400 neurons)", canvas, display, reps);
        display.dispose();
    }

    private static void report(String label, RasterCanvas canvas, Display display, int reps) {
        double[] ms = new double[reps];
        for (int i = -5; i < reps; i++) {
            int before = canvas.paints();
            canvas.invalidate();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (canvas.paints() == before && System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            if (canvas.paints() == before) {
                throw new IllegalStateException("the raster was not repainted within 10 s");
            }
            if (i >= 0) {
                ms[i] = canvas.lastPaintNanos() / 1e6;
            }
        }
        Arrays.sort(ms);
        RasterRenderer.Result r = canvas.lastRender();
        double[] v = canvas.viewport();
        var plot = canvas.plot();
        double[] renderMs = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            RasterRenderer.render(canvas.scene().spikes(), v[0], v[1], v[2], v[3], plot.width, plot.height,
                    canvas.scene().colors(), canvas.scene().emphasised());
            renderMs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(renderMs);
        System.out.printf(Locale.ROOT, "%-32s %-7s %8d spikes visible: redraw median %6.1f ms, min %6.1f ms"
                + " (spike picture alone: median %5.1f ms)%n", label, r.mode().name().toLowerCase(Locale.ROOT),
                r.visibleSpikes(), ms[reps / 2], ms[0], renderMs[reps / 2]);
    }

    private static void settle(Display display) {
        while (display.readAndDispatch()) {
            // let the window system catch up between measurements
        }
    }

    /** {@code n} spikes at uniformly random steps and neurons (a homogeneous Poisson population), sorted. */
    private static SpikeTable poisson(int n, List<PopulationInfo> pops) {
        SplittableRandom random = new SplittableRandom(1);
        int stepsTotal = (int) Math.round(DURATION_MS / DT);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) (1 + random.nextInt(stepsTotal)) << 32) | random.nextInt(NEURONS);
        }
        Arrays.sort(keys);
        int[] steps = new int[n];
        int[] neurons = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = (int) (keys[i] >>> 32);
            neurons[i] = (int) keys[i];
        }
        return new SpikeTable(DT, steps, neurons, pops);
    }
}
