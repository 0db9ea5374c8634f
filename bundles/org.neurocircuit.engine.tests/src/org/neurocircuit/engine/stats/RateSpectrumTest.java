package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The population-rate spectrum: flat for independent Poisson neurons, peaked for an oscillation. */
class RateSpectrumTest {

    @Test
    void independentPoissonNeuronsGiveAFlatTwoRateOverN() {
        int n = 200;
        double hz = 20;
        SpikeTrains s = Trains.poisson(n, hz, 20_000, 11);
        RateSpectrum sp = RateSpectrum.of(s, new TimeWindow(0, 20_000), 1, 256);
        assertEquals(1000.0 / 256, sp.resolutionHz(), 1e-12, "256 bins of 1 ms");
        assertEquals(500, sp.frequenciesHz()[sp.frequenciesHz().length - 1], 1e-9, "up to Nyquist");
        assertEquals(155, sp.segments(), "20,000 bins in half-overlapping segments of 256");
        // the white level of N independent Poisson trains, Hz²/Hz; Welch's average of 155 segments is within a few %
        assertEquals(2 * hz / n, sp.meanDensity(20, 480), 0.05 * 2 * hz / n);
        assertEquals(2 * hz / n, sp.meanDensity(300, 480), 0.08 * 2 * hz / n);
    }

    @Test
    void theDensityIntegratesToTheVarianceOfTheBinnedRate() {
        SpikeTrains s = Trains.poisson(50, 8, 10_000, 12);
        TimeWindow w = new TimeWindow(0, 10_000);
        RateSpectrum sp = RateSpectrum.of(s, w, 2, 1024);
        double integral = Arrays.stream(sp.density()).sum() * sp.resolutionHz();
        double[] rates = Psth.of(s, w, 2).ratesHz();
        double mean = Arrays.stream(rates).average().orElseThrow();
        double variance = Arrays.stream(rates).map(r -> (r - mean) * (r - mean)).average().orElseThrow();
        assertEquals(variance, integral, 0.05 * variance);
    }

    @Test
    void aPopulationOscillationPeaksAtItsFrequency() {
        // 100 neurons firing as Poisson processes of rate 10 (1 + sin(2 pi 40 Hz t)) Hz: the superposition at
        // 2 x 10 Hz per neuron, thinned with probability (1 + sin) / 2, comes out sorted
        java.util.SplittableRandom r = new java.util.SplittableRandom(13);
        int n = 100;
        double durationMs = 10_000;
        double meanGapMs = 1000.0 / (n * 20);
        java.util.List<double[]> spikes = new java.util.ArrayList<>();
        for (double t = 0; t < durationMs; t += -meanGapMs * Math.log(1 - r.nextDouble())) {
            if (r.nextDouble() < 0.5 * (1 + Math.sin(2 * Math.PI * 40 * t / 1000))) {
                spikes.add(new double[] {t, r.nextInt(n)});
            }
        }
        SpikeTrains s = new SpikeTrains(spikes.stream().mapToInt(x -> (int) x[1]).toArray(),
                spikes.stream().mapToDouble(x -> x[0]).toArray(), n);
        RateSpectrum sp = RateSpectrum.of(s, new TimeWindow(0, durationMs), 0.5, 512);
        assertEquals(40, sp.peakHz(5, 1000), sp.resolutionHz());
        // the line holds the modulation's variance, (10 Hz)^2 / 2 = 50 Hz^2, spread by the Hann window over about
        // 1.5 bins of 3.9 Hz: some 8 Hz^2/Hz, 40 times the white 2 x 10 Hz / 100 = 0.2 Hz^2/Hz around it
        int line = (int) Math.round(40 / sp.resolutionHz());
        assertTrue(sp.density()[line] > 20 * sp.meanDensity(100, 1000), "a line far above the white background");
        assertTrue(Double.isNaN(sp.peakHz(2000, 3000)), "nothing above Nyquist");
    }

    @Test
    void tooShortWindowsGiveAnEmptySpectrum() {
        SpikeTrains s = Trains.poisson(10, 10, 100, 14);
        RateSpectrum sp = RateSpectrum.of(s, new TimeWindow(0, 1.5), 1, 100);
        assertEquals(0, sp.frequenciesHz().length);
        assertTrue(Double.isNaN(sp.peakHz(0, 1000)));
        assertTrue(Double.isNaN(sp.resolutionHz()));
        RateSpectrum shortened = RateSpectrum.of(s, new TimeWindow(0, 100), 1, 1000);
        assertEquals(2, shortened.segments(), "the segment shrinks to 64 bins, of which two fit half-overlapping");
        assertEquals(1000.0 / 64, shortened.resolutionHz(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Fft.transform(new double[3], new double[3]));
    }
}
