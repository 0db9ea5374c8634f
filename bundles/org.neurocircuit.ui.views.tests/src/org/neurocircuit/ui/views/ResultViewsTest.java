package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.PopulationSelection;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.link.WorkbenchLinks;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;
import org.neurocircuit.ui.views.connectivity.ConnectivityView;
import org.neurocircuit.ui.views.rates.RatesView;
import org.neurocircuit.ui.views.raster.RasterView;
import org.neurocircuit.ui.views.spectrum.SpectrumView;
import org.neurocircuit.ui.views.statistics.StatisticsView;
import org.neurocircuit.ui.views.traces.TracesView;

/**
 * Shared set-up of the result view tests: one short COBA run recorded at the start, published as
 * the selected run, and the six views opened on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResultViewsTest {

    static final List<String> TOPICS = List.of(LinkTopics.SELECTED_RUN, LinkTopics.SELECTED_POPULATIONS,
            LinkTopics.TIME_WINDOW, LinkTopics.TIME_CURSOR, LinkTopics.RUNS_CHANGED);

    /** The run, recorded once for all test classes and deleted when the test JVM ends. */
    private static Path sharedRun;

    Path runFolder;
    RunResults results;
    List<SpikeRecording> spikes;

    @BeforeAll
    void recordRun() throws IOException {
        synchronized (ResultViewsTest.class) {
            if (sharedRun == null) {
                Path dir = Files.createTempDirectory("nc-views-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                sharedRun = CobaRun.record(dir);
            }
        }
        runFolder = sharedRun;
        results = RunFolderReader.open(runFolder);
        spikes = new ArrayList<>();
        for (Channel c : results.layout().channels()) {
            if (c.kind() == Kind.SPIKES) {
                spikes.add(results.spikes(c.index()));
            }
        }
    }

    @BeforeEach
    void selectRunOnly() {
        var bus = WorkbenchLinks.bus();
        bus.publish(LinkTopics.SELECTED_POPULATIONS, null, this);
        bus.publish(LinkTopics.TIME_WINDOW, null, this);
        bus.publish(LinkTopics.TIME_CURSOR, null, this);
        // Cleared first so that every test starts from a fresh delivery of the run.
        bus.publish(LinkTopics.SELECTED_RUN, null, this);
        bus.publish(LinkTopics.SELECTED_RUN, new RunSelection(runFolder), this);
        Workbench.flush();
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Opens a view and waits until it shows the run (its figures computed). */
    static <T extends RunView> T open(String id, Class<T> type) throws Exception {
        T view = Workbench.show(id, type);
        Workbench.waitUntil(() -> !view.isBusy() && view.run() != null, 60, id + " to show the run");
        return view;
    }

    RasterView raster() throws Exception {
        return open(RasterView.ID, RasterView.class);
    }

    RatesView rates() throws Exception {
        return open(RatesView.ID, RatesView.class);
    }

    StatisticsView statistics() throws Exception {
        return open(StatisticsView.ID, StatisticsView.class);
    }

    SpectrumView spectrum() throws Exception {
        return open(SpectrumView.ID, SpectrumView.class);
    }

    ConnectivityView connectivity() throws Exception {
        return open(ConnectivityView.ID, ConnectivityView.class);
    }

    TracesView traces() throws Exception {
        return open(TracesView.ID, TracesView.class);
    }

    /** Spikes of the run, brute force, with time in [a, b). */
    int spikesIn(double a, double b) {
        int n = 0;
        for (SpikeRecording r : spikes) {
            for (int i = 0; i < r.count(); i++) {
                if (r.timeMs(i) >= a && r.timeMs(i) < b) {
                    n++;
                }
            }
        }
        return n;
    }

    int totalSpikes() {
        return spikes.stream().mapToInt(SpikeRecording::count).sum();
    }

    static void closeAll() {
        IWorkbenchPage page = Workbench.page();
        for (String id : CircuitModelingPerspective.RESULT_VIEWS) {
            IViewPart part = page.findView(id);
            if (part != null) {
                page.hideView(part);
            }
        }
        Workbench.flush();
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
        } else {
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
        }
    }

    static void assertSame(double[] expected, double[] actual, String what) {
        assertNotNull(actual, what);
        assertArrayEquals(expected, actual, 1e-9, what);
    }

    static TimeWindow window() {
        return WorkbenchLinks.bus().current(LinkTopics.TIME_WINDOW, TimeWindow.class).orElse(null);
    }

    static void publish(String topic, Object value) {
        WorkbenchLinks.bus().publish(topic, value, null);
        Workbench.flush();
        settle();
    }

    /** Waits until every open result view has applied the figures it computes in the background. */
    static void settle() {
        for (String id : CircuitModelingPerspective.RESULT_VIEWS) {
            if (Workbench.page().findView(id) instanceof RunView view) {
                Workbench.waitUntil(() -> !view.isBusy(), 60, id + " to compute its figures");
            }
        }
    }

    static void highlight(String... populations) {
        publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of(populations));
    }
}
