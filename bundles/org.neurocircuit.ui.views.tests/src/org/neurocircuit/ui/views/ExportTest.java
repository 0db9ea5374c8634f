package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;
import org.neurocircuit.ui.views.raster.RasterView;
import org.neurocircuit.ui.views.statistics.StatisticsView;

/** Export CSV writes the data a view shows; Export PNG its picture; the perspective shows the views on a run. */
class ExportTest extends ResultViewsTest {

    @TempDir
    Path out;

    @Test
    void rasterCsvHoldsTheSpikesOfTheWindow() throws Exception {
        RasterView raster = raster();
        publish(LinkTopics.TIME_WINDOW, new TimeWindow(20.05, 40.05));
        Path file = out.resolve("raster.csv");
        raster.exportCsv(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("time (ms),neuron (global index),population", lines.get(0));
        assertEquals(spikesIn(20.05, 40.05) + 1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double t = Double.parseDouble(cells[0]);
            int neuron = Integer.parseInt(cells[1]);
            assertTrue(t >= 20.05 && t < 40.05, line);
            assertEquals(neuron < 3200 ? "E" : "I", cells[2], line);
        }
    }

    @Test
    void statisticsCsvHoldsTheTableFigures() throws Exception {
        StatisticsView statistics = statistics();
        Path file = out.resolve("statistics.csv");
        statistics.exportCsv(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("population,channel,window start (ms),window end (ms),neurons,spikes,rate (Hz)"),
                lines.get(0));
        List<SpikeStatistics> expected = SpikeStatistics.forRun(results, null, SpikeStatistics.DEFAULT_FANO_BIN_MS,
                SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
        for (int i = 0; i < 2; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(expected.get(i).population(), cells[0]);
            assertEquals(expected.get(i).spikes(), Integer.parseInt(cells[5]));
            assertEquals(expected.get(i).meanRateHz(), Double.parseDouble(cells[6]), 1e-12);
        }
    }

    @Test
    void pngIsThePictureOfTheRaster() throws Exception {
        RasterView raster = raster();
        Path file = out.resolve("raster.png");
        raster.exportPng(file);
        ImageData image = new ImageLoader().load(file.toString())[0];
        assertEquals(raster.canvas().getSize().x, image.width);
        assertEquals(raster.canvas().getSize().y, image.height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 3) {
            for (int x = 0; x < image.width; x += 3) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a raster of thousands of spikes has many shades, had " + colours.size());
    }

    @Test
    void thePerspectiveShowsTheResultViewsOfARun() throws Exception {
        var page = Workbench.page();
        page.resetPerspective();
        Workbench.flush();
        String where = System.getenv("NC_SCREENSHOT");
        for (String id : CircuitModelingPerspective.RESULT_VIEWS) {
            RunView v = open(id, RunView.class);
            assertEquals(null, v.message(), id + " shows the run");
            if (where != null) {
                Workbench.screenshot(Path.of(where + "-" + id.substring(id.lastIndexOf('.') + 1) + ".png"));
            }
        }
        var shown = java.util.Arrays.stream(page.getViewReferences()).map(r -> r.getId()).toList();
        assertTrue(shown.containsAll(CircuitModelingPerspective.RESULT_VIEWS), shown.toString());
        open(RasterView.ID, RunView.class);
        highlight("I");
        publish(LinkTopics.TIME_WINDOW, new TimeWindow(60.05, 140.05));
        publish(LinkTopics.TIME_CURSOR, 100.0);
        if (where != null) {
            Workbench.screenshot(Path.of(where + ".png"));
        }
    }
}
