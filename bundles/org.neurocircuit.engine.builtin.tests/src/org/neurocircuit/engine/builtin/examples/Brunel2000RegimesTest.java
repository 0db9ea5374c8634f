package org.neurocircuit.engine.builtin.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.stats.FiringRates;
import org.neurocircuit.engine.stats.IsiStatistics;
import org.neurocircuit.engine.stats.RateSpectrum;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.Synchrony;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * The four Brunel (2000) example circuits (12,500 LIF neurons, delta synapses, Fig. 8A-D), lowered
 * and run on the built-in engine with their own seed on one thread, land in the regimes the paper
 * reports. Statistics are over all 12,500 neurons (E and I are statistically alike in this model)
 * after a transient: mean rate, mean CV of ISI ({@link IsiStatistics}), the Golomb-Hansel χ with a
 * bin below the period of the regime's oscillation, and the peak of the population-rate spectrum.
 *
 * <p>What the paper gives, and so the thresholds: the stationary mean-field rates (AI 37.9 Hz,
 * SI fast 55.8 Hz, SI slow 6.5 Hz; SR close to saturation, at most 1/τ_rp = 500 Hz), the fast global
 * oscillation of SI fast at about 180 Hz and the slow one of SI slow, regular firing in SR and
 * irregular firing elsewhere. χ has no value in the paper; independent neurons give about
 * 1/√N ≈ 0.009 and full synchrony 1, and a population oscillation is called synchronous here when
 * χ exceeds 0.2, twenty times the independent level, while AI must stay below it.
 *
 * <p>CV in AI: Brunel's mean-field theory assumes Poisson input and predicts a CV of 0.68 for AI;
 * neurons of this engine fed Poisson input of the same mean and variance fire with about that CV
 * ({@code DeltaSynapseTest.poissonJumpsDriveTheNeuronAsTheDiffusionApproximationPredicts}). In
 * the network the recurrent input is sub-Poisson (its neurons fire with a fairly regular ISI near
 * 26 ms), the membrane fluctuates less, and the network settles at a CV near 0.4 (an independent
 * event-driven implementation of the same network gave 37.9 Hz and 0.39). So "irregular" is
 * asserted as CV above 0.3, an order of magnitude above the clock-like SR (CV &lt; 0.01).
 */
class Brunel2000RegimesTest {

    /** What one run shows in its window; χ with the named bin. */
    private record Measured(String id, double rateHz, double cv, double chi, double chiBinMs, double peakHz) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: rate %.2f Hz, CV %.3f, chi %.3f (%.1f ms bins), spectral peak %.1f Hz",
                    id, rateHz, cv, chi, chiBinMs, peakHz);
        }
    }

    /**
     * Runs {@code id} for {@code durationMs} and measures the spikes of steps after {@code fromMs};
     * the spectrum uses bins of {@code binMs} and segments of about {@code segmentMs}.
     */
    private static Measured measure(String id, double durationMs, double fromMs, double chiBinMs, double binMs,
            double segmentMs) {
        SpikeTrains spikes = ExampleRun.spikes(id, durationMs);
        // spikes carry their step's end time; shifting by half a step keeps exactly those of steps after fromMs
        TimeWindow window = new TimeWindow(fromMs + 0.05, durationMs + 0.05);
        Measured m = new Measured(id, FiringRates.meanHz(spikes, window), IsiStatistics.meanCv(spikes, window).mean(),
                Synchrony.chi(spikes, window, chiBinMs), chiBinMs,
                RateSpectrum.of(spikes, window, binMs, segmentMs).peakHz(5, 1000));
        System.out.println(m);
        return m;
    }

    /**
     * SR (Fig. 8A, g = 3, η = 2): excitation dominates and the network fires in volleys; between
     * volleys only the delay D = 1.5 ms passes, so χ takes bins of 0.5 ms. 300 ms suffice at these rates.
     */
    @Test
    void synchronousRegularFiresInVolleysAtHighRegularRates() {
        Measured m = measure("brunel2000_SR", 300, 100, 0.5, 0.5, 128);
        assertTrue(m.rateHz() > 200 && m.rateHz() <= 500, "high rates, several hundred Hz below 1/t_ref: " + m);
        assertTrue(m.cv() < 0.1, "regular firing: " + m);
        assertTrue(m.chi() > 0.5, "almost fully synchronized: " + m);
    }

    /**
     * AI (Fig. 8C, g = 5, η = 2): stationary global activity; neither fast (2 ms bins) nor slow
     * (10 ms bins) population fluctuations exceed the asynchronous level. The rate within 15 % of
     * the mean-field 37.9 Hz (finite size and non-Poisson input move it by a few %).
     */
    @Test
    void asynchronousIrregularIsStationaryAtTheMeanFieldRate() {
        SpikeTrains spikes = ExampleRun.spikes("brunel2000_AI", 600);
        TimeWindow window = new TimeWindow(100.05, 600.05);
        Measured m = new Measured("brunel2000_AI", FiringRates.meanHz(spikes, window),
                IsiStatistics.meanCv(spikes, window).mean(), Synchrony.chi(spikes, window, 2), 2,
                RateSpectrum.of(spikes, window, 0.5, 256).peakHz(5, 1000));
        double slowChi = Synchrony.chi(spikes, window, 10);
        System.out.println(m + String.format(Locale.ROOT, ", chi %.3f (10 ms bins)", slowChi));
        assertEquals(37.9, m.rateHz(), 0.15 * 37.9, "the mean-field rate: " + m);
        assertTrue(m.cv() > 0.3, "irregular firing: " + m);
        assertTrue(m.chi() < 0.2 && slowChi < 0.2, "asynchronous: " + m + ", slow chi " + slowChi);
    }

    /**
     * SI fast (Fig. 8B, g = 6, η = 4): a global oscillation near 180 Hz (period 5.5 ms, so χ with
     * 2 ms bins) carried by neurons that fire irregularly, each at a rate well below the
     * oscillation's frequency; the rate within 20 % of the mean-field 55.8 Hz of the unstable
     * stationary state, which the oscillation shifts.
     */
    @Test
    void synchronousIrregularFastOscillatesNear180HzWithIrregularNeurons() {
        Measured m = measure("brunel2000_SI_fast", 600, 100, 2, 0.5, 256);
        assertEquals(55.8, m.rateHz(), 0.2 * 55.8, "the mean-field rate: " + m);
        assertTrue(m.cv() > 0.6, "irregular firing: " + m);
        assertTrue(m.chi() > 0.2, "a synchronous population: " + m);
        assertEquals(180, m.peakHz(), 30, "the fast oscillation of Fig. 8B: " + m);
        assertTrue(m.rateHz() < m.peakHz() / 2, "neurons skip most cycles: " + m);
    }

    /**
     * SI slow (Fig. 8D, g = 4.5, η = 0.9): irregular neurons at very low rates (mean-field 6.5 Hz)
     * and a slow global oscillation, well below 40 Hz (period over 25 ms, so χ with 10 ms bins).
     * At these rates 2 s give each neuron about a dozen ISIs and the spectrum six segments, and
     * cost less than the 0.6 s of SI fast.
     */
    @Test
    void synchronousIrregularSlowOscillatesSlowlyAtLowRates() {
        Measured m = measure("brunel2000_SI_slow", 2200, 200, 10, 1, 512);
        assertTrue(m.rateHz() > 2 && m.rateHz() < 10, "very low rates around the mean-field 6.5 Hz: " + m);
        assertTrue(m.cv() > 0.5, "irregular firing: " + m);
        assertTrue(m.chi() > 0.2, "a synchronous population: " + m);
        assertTrue(m.peakHz() >= 5 && m.peakHz() < 40, "a slow oscillation: " + m);
    }
}
