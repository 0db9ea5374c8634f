package org.neurocircuit.ui.views.raster;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.SpikeTable;

/**
 * What the raster canvas draws, independent of where it comes from (a run, or the benchmark's
 * synthetic spikes).
 *
 * @param spikes the spikes, sorted by time
 * @param populations the populations, stacked as rows in this order
 * @param colors colour of each population
 * @param emphasised per population whether it is highlighted (others are dimmed)
 * @param extent the time range a fully zoomed-out raster shows, ms
 * @param brushed the brushed window, or null
 * @param cursorMs the time cursor, ms, or null
 */
public record RasterScene(SpikeTable spikes, List<PopulationInfo> populations, RGB[] colors, boolean[] emphasised,
        TimeWindow extent, TimeWindow brushed, Double cursorMs) {
}
