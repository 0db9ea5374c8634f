package org.neurocircuit.ui.views.raster;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What the raster shows.
 *
 * @param run the run folder's name
 * @param populations the stacked populations, top to bottom
 * @param totalSpikes spikes of the run
 * @param window the brushed window, or null
 * @param spikesInWindow spikes in the window ({@code totalSpikes} without one)
 * @param cursorMs the time cursor, ms, or null
 */
public record RasterModel(String run, List<Band> populations, int totalSpikes, TimeWindow window, int spikesInWindow,
        Double cursorMs) {

    /**
     * One population's rows.
     *
     * @param name the population
     * @param offset its first row (global neuron index)
     * @param size its neurons
     * @param color its colour
     * @param emphasised whether it is drawn in full colour (highlighted, or nothing is)
     */
    public record Band(String name, int offset, int size, RGB color, boolean emphasised) {
    }

    /** The names of the populations drawn emphasised. */
    public List<String> emphasised() {
        return populations.stream().filter(Band::emphasised).map(Band::name).toList();
    }
}
