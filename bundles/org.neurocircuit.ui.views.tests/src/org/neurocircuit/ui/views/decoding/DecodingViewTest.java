package org.neurocircuit.ui.views.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.decode.store.StoredDecoding;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.PopulationSelection;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.link.WorkbenchLinks;
import org.neurocircuit.ui.views.Workbench;

/**
 * The Decoding view in the running workbench: a short stepped run with decoding tasks is
 * selected, Decode runs through the view's toolbar action as a job, and the view's model is
 * checked against the decoding stored beside the run; the time window, the highlighted
 * populations, a failing task and closing the view are checked on the same view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecodingViewTest {

    static final List<String> TOPICS = List.of(LinkTopics.SELECTED_RUN, LinkTopics.SELECTED_POPULATIONS,
            LinkTopics.TIME_WINDOW, LinkTopics.TIME_CURSOR);

    @TempDir
    static Path dir;
    Path run;
    Map<String, Integer> listenersBefore;
    DecodingView view;
    StoredDecoding amplitude;

    @BeforeAll
    void recordAndOpen() throws Exception {
        run = SteppedRun.record(dir);
        // other test classes leave result views open; the bus count below is this view's alone
        for (var ref : page().getViewReferences()) {
            if (ref.getId().startsWith("org.neurocircuit.ui.views.")) {
                page().hideView(ref);
            }
        }
        flush();
        publish(LinkTopics.SELECTED_POPULATIONS, null);
        publish(LinkTopics.TIME_WINDOW, null);
        publish(LinkTopics.SELECTED_RUN, new RunSelection(run));
        listenersBefore = listeners();
        view = (DecodingView) page().showView(DecodingView.ID);
        waitUntil(() -> !view.isLoading() && view.model() != null, 60, "the view to show the run");
    }

    @Test
    @Order(1)
    void listsTheTasksOfTheCircuitAndNoDecodingYet() {
        DecodingModel m = view.model();
        assertEquals(List.of("amplitude", "classes", "late"), m.tasks());
        assertEquals(List.of(), m.decodings());
        assertNull(m.shown());
        assertNull(m.error());
        assertTrue(view.decodeAction().isEnabled());
    }

    @Test
    @Order(2)
    void decodeShowsTheStoredFoldScoresAndSeries() throws Exception {
        decode("amplitude");
        DecodingModel m = view.model();
        assertNull(m.error(), m.error());
        List<Path> stored = StoredDecoding.listIn(run);
        assertEquals(1, stored.size());
        assertEquals(List.of(stored.get(0).getFileName().toString()), m.decodings());
        StoredDecoding d = StoredDecoding.read(stored.get(0));
        amplitude = d;
        ShownDecoding s = m.shown();
        assertEquals("amplitude", s.task());
        assertFalse(s.classification());
        assertEquals("pA", s.unit());
        assertEquals(7, s.folds().size(), "5 folds, mean, pooled");
        for (int f = 0; f < 5; f++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) d.foldResults().get(f).get("metrics");
            FoldMetrics row = s.folds().get(f);
            assertEquals(String.valueOf(f + 1), row.label());
            assertEquals(((Number) metrics.get("r2")).doubleValue(), row.r2(), 0);
            assertEquals(((Number) metrics.get("pearsonR")).doubleValue(), row.pearsonR(), 0);
            assertEquals(((Number) metrics.get("rmse")).doubleValue(), row.rmse(), 0);
            assertEquals(((Number) metrics.get("bins")).intValue(), row.bins());
        }
        FoldMetrics pooled = s.folds().get(6);
        assertEquals("pooled", pooled.label());
        assertEquals(((Number) d.pooled().get("r2")).doubleValue(), pooled.r2(), 0);
        double meanR2 = s.folds().subList(0, 5).stream().mapToDouble(FoldMetrics::r2).average().orElseThrow();
        assertEquals(meanR2, s.folds().get(5).r2(), 1e-12);
        System.out.printf("decoding view, stepped run: pooled R² %.3f over %d bins, %d weights%n", pooled.r2(),
                pooled.bins(), s.weights().size());
        assertTrue(pooled.r2() > 0.5, "R² " + pooled.r2());
        assertEquals(d.predictions().length, s.predicted().length);
        assertEquals(d.truth().length, s.truth().length);
        assertEquals(d.predictions().length, s.timesMs().length);
        assertEquals(d.predictions()[3], s.predicted()[3], 0);
        List<String> header = DecodingTables.header(s);
        assertEquals(List.of("fold", "bins", "R\u00b2", "r", "RMSE (pA)"), header);
        assertEquals(240, s.weights().size(), "200 input and 40 LIF neurons");
        assertNotNull(view.csv());
        assertEquals(s.timesMs().length, view.csv().rows());
        int runs = 1;
        for (int i = 1; i < d.bins().length; i++) {
            runs += d.bins()[i] == d.bins()[i - 1] + 1 ? 0 : 1;
        }
        assertTrue(runs > 1, "history trimming drops bins at fold edges");
        assertEquals(runs, s.segments().size());
        assertEquals(runs, view.charts().predictionSeries(), "the prediction line breaks where bins were dropped");
    }

    @Test
    @Order(3)
    void theTimeWindowNarrowsTheSeries() {
        int all = view.model().shown().timesMs().length;
        publish(LinkTopics.TIME_WINDOW, new TimeWindow(1000, 2000));
        ShownDecoding s = view.model().shown();
        long inside = java.util.Arrays.stream(amplitude.bins()).mapToDouble(b -> (b + 0.5) * 50)
                .filter(t -> t >= 1000 && t < 2000).count();
        assertTrue(inside > 10, inside + " held-out bins in the window");
        assertEquals(inside, s.timesMs().length);
        assertTrue(s.timesMs().length < all);
        for (double t : s.timesMs()) {
            assertTrue(t >= 1000 && t < 2000, "time " + t);
        }
        assertEquals(7, s.folds().size(), "the scores stay those of the whole decoding");
        publish(LinkTopics.TIME_WINDOW, null);
        assertEquals(all, view.model().shown().timesMs().length);
    }

    @Test
    @Order(4)
    void highlightedPopulationsEmphasiseTheirWeights() {
        assertTrue(view.model().shown().weights().stream().allMatch(NeuronWeight::highlighted), "nothing selected");
        publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("lif"));
        Map<String, Long> lit = highlightedPerPopulation();
        assertEquals(Map.of("lif", 40L, "input", 0L), lit);
        publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("input"));
        assertEquals(Map.of("lif", 0L, "input", 200L), highlightedPerPopulation());
        publish(LinkTopics.SELECTED_POPULATIONS, null);
    }

    @Test
    @Order(5)
    void classesShowAConfusionMatrix() throws Exception {
        decode("classes");
        ShownDecoding s = view.model().shown();
        assertEquals("classes", s.task());
        assertTrue(s.classification());
        assertEquals(List.of(0.0, 150.0, 300.0), java.util.Arrays.stream(s.classes()).boxed().toList());
        long total = java.util.Arrays.stream(s.confusion()).flatMapToLong(java.util.Arrays::stream).sum();
        FoldMetrics pooled = s.folds().get(s.folds().size() - 1);
        assertEquals(pooled.bins(), total);
        long right = s.confusion()[0][0] + s.confusion()[1][1] + s.confusion()[2][2];
        assertEquals((double) right / total, pooled.accuracy(), 1e-12);
        assertEquals(List.of("fold", "bins", "accuracy", "balanced accuracy"), DecodingTables.header(s));
        assertEquals(2, view.model().decodings().size());
    }

    @Test
    @Order(6)
    void aTaskWhoseRecorderTheRunLacksSaysWhyAndHowToFixIt() throws Exception {
        decode("late");
        String error = view.model().error();
        assertNotNull(error);
        assertTrue(error.contains("task 'late'") && error.contains(SteppedRun.LATE_RECORDER)
                && error.contains("simulate the circuit again"), error);
        assertEquals(2, view.model().decodings().size(), "nothing written");
        assertEquals(2, StoredDecoding.listIn(run).size());
    }

    @Test
    @Order(7)
    void looksRightAndExports() throws Exception {
        view.selectDecoding(view.model().decodings().get(0));
        assertNull(view.model().error(), "selecting a decoding dismisses the failure");
        assertEquals("amplitude", view.model().shown().task());
        publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("lif"));
        publish(LinkTopics.TIME_WINDOW, new TimeWindow(500, 2500));
        page().toggleZoom(page().getReference(view));
        flush();
        Path png = dir.resolve("decoding.png");
        view.exportPng(png);
        assertTrue(Files.size(png) > 1000);
        String where = System.getenv("NC_SCREENSHOT");
        if (where != null) {
            screenshot(Path.of(where + "-decoding.png"));
            view.exportPng(Path.of(where + "-decoding-amplitude.png"));
            view.selectDecoding(view.model().decodings().get(1));
            flush();
            view.exportPng(Path.of(where + "-decoding-classes.png"));
        }
        page().toggleZoom(page().getReference(view));
        publish(LinkTopics.SELECTED_POPULATIONS, null);
        publish(LinkTopics.TIME_WINDOW, null);
    }

    @Test
    @Order(8)
    void closingDeregistersFromTheBus() {
        page().hideView(view);
        flush();
        assertEquals(listenersBefore, listeners());
    }

    private Map<String, Long> highlightedPerPopulation() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (NeuronWeight w : view.model().shown().weights()) {
            m.merge(w.population(), w.highlighted() ? 1L : 0L, Long::sum);
        }
        return m;
    }

    private void decode(String task) {
        view.selectTask(task);
        view.decodeAction().run();
        assertTrue(view.isDecoding());
        waitUntil(() -> !view.isDecoding(), 120, "decoding " + task);
    }

    private static Map<String, Integer> listeners() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String t : TOPICS) {
            m.put(t, WorkbenchLinks.bus().listenerCount(t));
        }
        return m;
    }

    private static IWorkbenchPage page() {
        return Workbench.page();
    }

    private static void publish(String topic, Object value) {
        WorkbenchLinks.bus().publish(topic, value, null);
        flush();
    }

    private static void flush() {
        Workbench.flush();
    }

    private static void waitUntil(BooleanSupplier done, double seconds, String what) {
        Workbench.waitUntil(done, seconds, what);
    }

    private static void screenshot(Path file) {
        Workbench.screenshot(file);
    }
}
