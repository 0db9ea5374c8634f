package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.RunsChanged;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.link.WorkbenchLinks;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;
import org.neurocircuit.ui.views.rates.RatesModel;
import org.neurocircuit.ui.views.rates.RatesView;
import org.neurocircuit.ui.views.raster.RasterCanvas;
import org.neurocircuit.ui.views.raster.RasterView;
import org.neurocircuit.ui.views.statistics.StatisticsModel;
import org.neurocircuit.ui.views.statistics.StatisticsView;

/** The views follow the link bus (populations, window, cursor), the raster publishes on it, and closing deregisters. */
class LinkedViewsTest extends ResultViewsTest {

    @Test
    void selectingPopulationsHighlightsThemInRasterRatesAndStatistics() throws Exception {
        RasterView raster = raster();
        RatesView rates = rates();
        StatisticsView statistics = statistics();
        highlight("I");
        assertEquals(List.of("I"), raster.model().emphasised());
        assertEquals(List.of(false, true), rates.model().series().stream().map(RatesModel.Series::emphasised).toList());
        assertEquals(List.of(false, true),
                statistics.model().rows().stream().map(StatisticsModel.Row::emphasised).toList());
        assertEquals(1, statistics.model().selected(), "the histograms follow the highlighted population");
        highlight();
        assertEquals(List.of("E", "I"), raster.model().emphasised());
    }

    @Test
    void aTimeWindowNarrowsRasterRatesAndStatistics() throws Exception {
        RasterView raster = raster();
        RatesView rates = rates();
        StatisticsView statistics = statistics();
        TimeWindow w = new TimeWindow(50.05, 120.05);
        publish(LinkTopics.TIME_WINDOW, w);

        assertEquals(spikesIn(50.05, 120.05), raster.model().spikesInWindow());
        assertTrue(raster.model().spikesInWindow() < raster.model().totalSpikes());
        assertEquals(w, rates.model().window());
        assertEquals(w.coveringBins(rates.model().binMs()), rates.model().series().get(0).ratesHz().length);
        List<SpikeStatistics> expected = SpikeStatistics.forRun(results, w, SpikeStatistics.DEFAULT_FANO_BIN_MS,
                SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
        int inWindow = 0;
        for (int i = 0; i < expected.size(); i++) {
            SpikeStatistics a = statistics.model().rows().get(i).stats();
            assertEquals(w, a.window());
            assertEquals(expected.get(i).spikes(), a.spikes());
            assertClose(expected.get(i).meanRateHz(), a.meanRateHz(), "rate in the window (Hz)");
            inWindow += a.spikes();
        }
        assertEquals(spikesIn(50.05, 120.05), inWindow);

        publish(LinkTopics.TIME_WINDOW, null);
        assertEquals(totalSpikes(), raster.model().spikesInWindow());
    }

    @Test
    void shiftDraggingInTheRasterPublishesTheBrushedWindowAndDoubleClickClearsIt() throws Exception {
        RasterView raster = raster();
        RasterCanvas canvas = raster.canvas();
        int x0 = 200;
        int x1 = 320;
        int y = canvas.getSize().y / 2;
        double a = canvasTime(canvas, x0);
        double b = canvasTime(canvas, x1);
        mouse(canvas, SWT.MouseDown, x0, y, SWT.SHIFT);
        mouse(canvas, SWT.MouseMove, (x0 + x1) / 2, y, SWT.SHIFT | SWT.BUTTON1);
        mouse(canvas, SWT.MouseMove, x1, y, SWT.SHIFT | SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, x1, y, SWT.SHIFT);
        Workbench.flush();
        TimeWindow w = window();
        assertEquals(a, w.startMs(), 1e-9);
        assertEquals(b, w.endMs(), 1e-9);
        assertEquals(w, raster.model().window(), "the raster hears its own window back");
        assertEquals(spikesIn(a, b), raster.model().spikesInWindow());

        mouse(canvas, SWT.MouseDoubleClick, x1, y, 0);
        Workbench.flush();
        assertNull(window());
    }

    @Test
    void aClickInTheRasterSetsTheTimeCursor() throws Exception {
        RasterView raster = raster();
        RasterCanvas canvas = raster.canvas();
        int x = 250;
        int y = canvas.getSize().y / 2;
        mouse(canvas, SWT.MouseDown, x, y, 0);
        mouse(canvas, SWT.MouseUp, x, y, 0);
        Workbench.flush();
        double t = WorkbenchLinks.bus().current(LinkTopics.TIME_CURSOR, Double.class).orElseThrow();
        assertEquals(canvasTime(canvas, x), t, 1e-9);
        assertEquals(t, raster.model().cursorMs(), 1e-9);
    }

    @Test
    void aDeletedRunIsDroppedAndAnEndedOneReadAgain() throws Exception {
        RasterView raster = raster();
        publish(LinkTopics.RUNS_CHANGED, new RunsChanged(runFolder, RunsChanged.Change.ENDED));
        Workbench.waitUntil(() -> !raster.isLoading(), 60, "the raster to read the run again");
        assertEquals(totalSpikes(), raster.model().totalSpikes());

        publish(LinkTopics.RUNS_CHANGED, new RunsChanged(runFolder.resolveSibling("another"), RunsChanged.Change.DELETED));
        assertEquals(null, raster.message(), "another run's deletion changes nothing");
        publish(LinkTopics.RUNS_CHANGED, new RunsChanged(runFolder, RunsChanged.Change.DELETED));
        assertEquals(RunView.EMPTY_MESSAGE, raster.message());
        assertNull(raster.model());
        publish(LinkTopics.SELECTED_RUN, null);
    }

    @Test
    void closingTheViewsEndsTheirSubscriptions() throws Exception {
        closeAll();
        Map<String, Integer> before = counts();
        raster();
        rates();
        statistics();
        spectrum();
        connectivity();
        traces();
        assertEquals(before.get(LinkTopics.SELECTED_RUN) + 6, counts().get(LinkTopics.SELECTED_RUN));
        closeAll();
        assertEquals(before, counts());
        for (String id : CircuitModelingPerspective.RESULT_VIEWS) {
            assertNull(Workbench.page().findView(id), id + " still open");
        }
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String t : TOPICS) {
            m.put(t, WorkbenchLinks.bus().listenerCount(t));
        }
        return m;
    }

    /** The time the canvas maps a pixel column to, ms (the plot spans the canvas between its margins). */
    private static double canvasTime(RasterCanvas c, int x) {
        double[] v = c.viewport();
        int left = 64;
        int width = c.getSize().x - left - 12;
        return v[0] + (x - left) * (v[1] - v[0]) / width;
    }

    private static void mouse(RasterCanvas c, int type, int x, int y, int state) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.stateMask = state;
        e.count = type == SWT.MouseDoubleClick ? 2 : 1;
        e.widget = c;
        c.notifyListeners(type, e);
    }
}
