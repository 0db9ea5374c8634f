package org.neurocircuit.ui.views.spectrum;

import java.util.List;

import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What the spectrum view shows.
 *
 * @param binMs the bin of the population rate, ms
 * @param segmentMs the requested Welch segment, ms
 * @param window the window, ms (brushed, else the whole run)
 * @param series one per spike channel
 */
public record SpectrumModel(double binMs, double segmentMs, TimeWindow window, List<Series> series) {

    /**
     * A population's rate spectrum.
     *
     * @param population the population
     * @param frequenciesHz frequencies, Hz, from 0
     * @param density power spectral density, Hz²/Hz
     * @param peakHz the frequency of the largest density above 0 Hz, NaN when none
     * @param emphasised whether it is drawn emphasised
     */
    public record Series(String population, double[] frequenciesHz, double[] density, double peakHz,
            boolean emphasised) {
    }
}
