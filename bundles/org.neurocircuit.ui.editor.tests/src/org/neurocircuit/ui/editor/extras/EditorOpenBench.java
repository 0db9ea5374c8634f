package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.ui.editor.bench.LargeCircuits;
import org.neurocircuit.ui.editor.layout.DiagramLayouter;

/**
 * Prints how long the real circuit editor takes to open, repaint and scroll the full-scale
 * Potjans–Diesmann microcircuit and a generated 500-population circuit. Figures only, never
 * asserted: run it with {@code releng/scripts/bench-editor-open.sh}. Its name does not end in
 * "Test", so the ordinary test run leaves it out.
 */
class EditorOpenBench {

    private static final int REPEATS = 5;

    @Test
    void printOpenRepaintAndScrollTimes() throws Exception {
        var project = Workbench.project("bench");
        measure(Workbench.write(project, "microcircuit.circuit",
                ReferenceCircuits.byId("potjans_diesmann_2014").orElseThrow().create()), "microcircuit");
        measure(Workbench.write(project, "large_500.circuit", LargeCircuits.fiveHundredPopulations()), "large_500");
        layout(ReferenceCircuits.byId("potjans_diesmann_2014").orElseThrow().create(), "microcircuit");
        layout(LargeCircuits.fiveHundredPopulations(), "large_500");
    }

    /** Auto layout time (ELK, and the fallback) of a circuit's diagram, computed only. */
    private static void layout(Circuit circuit, String label) {
        double[] elk = new double[REPEATS];
        double[] simple = new double[REPEATS];
        String problem = null;
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            problem = DiagramLayouter.layout(circuit).elkProblem();
            elk[r] = ms(t0);
            long t1 = System.nanoTime();
            DiagramLayouter.fallback(circuit);
            simple[r] = ms(t1);
        }
        System.out.println(String.format(Locale.ROOT, "auto-layout %-12s elk_ms first=%.0f median=%.0f%s fallback_ms median=%.1f",
                label, elk[0], median(elk, 1), problem == null ? "" : " (ELK failed: " + problem + ")",
                median(simple, 1)));
    }

    private static void measure(IFile file, String label) throws Exception {
        double[] open = new double[REPEATS];
        double[] repaint = new double[REPEATS];
        double[] scroll = new double[REPEATS];
        int parts = 0;
        int populations = 0;
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file, Workbench.EDITOR_ID, true);
            GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
            FigureCanvas canvas = (FigureCanvas) viewer.getControl();
            paintVisible(canvas); // the first frame: figures validated, laid out and painted
            open[r] = ms(t0);
            Workbench.spin(50);
            populations = editor.getAdapter(Circuit.class).allPopulations().size();
            parts = viewer.getEditPartRegistry().size();
            // every population is drawn, so the times are for the whole diagram
            assertEquals(populations, viewer.getEditPartRegistry().keySet().stream()
                    .filter(org.neurocircuit.model.Population.class::isInstance).count());
            long t1 = System.nanoTime();
            paintVisible(canvas);
            repaint[r] = ms(t1);
            scroll[r] = scrollThrough(canvas);
            Workbench.page().closeEditor(editor, false);
            Workbench.spin(50);
        }
        System.out.println(String.format(Locale.ROOT,
                "editor-open %-12s populations=%d editparts=%d open_ms first=%.0f median=%.0f repaint_ms median=%.1f"
                        + " scroll_step_ms median=%.1f",
                label, populations, parts, open[0], median(open, 1), median(repaint, 0), median(scroll, 0)));
    }

    /** Scrolls the canvas corner to corner in 20 steps, painting the visible part at each; mean ms per step. */
    private static double scrollThrough(FigureCanvas canvas) {
        Dimension size = canvas.getContents().getPreferredSize();
        int steps = 20;
        long t0 = System.nanoTime();
        for (int i = 1; i <= steps; i++) {
            canvas.scrollTo(size.width * i / steps, size.height * i / steps);
            paintVisible(canvas);
        }
        double perStep = ms(t0) / steps;
        canvas.scrollTo(0, 0);
        return perStep;
    }

    /**
     * Paints what the canvas shows, as its paint event would, into an image of its size: under
     * GTK 3 a redraw request paints later, on the frame clock, so timing it would measure nothing.
     */
    private static void paintVisible(FigureCanvas canvas) {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            IFigure root = canvas.getLightweightSystem().getRootFigure();
            root.validate();
            root.paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    /** Median of {@code values[from..]}. */
    private static double median(double[] values, int from) {
        double[] v = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
