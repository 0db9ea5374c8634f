package org.neurocircuit.ui.views.rates;

import java.util.List;

import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What the rates view shows.
 *
 * @param binMs the bin width, ms
 * @param window the window, ms (brushed, else the whole run)
 * @param series one per spike channel
 */
public record RatesModel(double binMs, TimeWindow window, List<Series> series) {

    /**
     * A population's rate histogram.
     *
     * @param population the population
     * @param binCentresMs the centre of each bin, ms
     * @param ratesHz the population rate in each bin, Hz
     * @param emphasised whether it is drawn emphasised
     */
    public record Series(String population, double[] binCentresMs, double[] ratesHz, boolean emphasised) {
    }
}
