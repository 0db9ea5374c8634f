package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Perfectly regular trains (period 25 ms, random phases): CV 0, Fano 0 or tending to 0. */
class RegularTrainStatisticsTest {

    private static final int N = 50;
    private static final double PERIOD = 25;
    private static final SpikeTrains TRAINS = Trains.regular(N, PERIOD, 10_000, 7);
    private static final TimeWindow ALL = new TimeWindow(0, 10_000);

    @Test
    void rateIsTheInverseOfThePeriod() {
        assertEquals(40.0, FiringRates.meanHz(TRAINS, ALL), 1e-9);
        for (double r : FiringRates.perNeuronHz(TRAINS, ALL)) {
            assertEquals(40.0, r, 1e-9);
        }
    }

    @Test
    void cvIsZero() {
        double[] cv = IsiStatistics.cvPerNeuron(TRAINS, ALL);
        for (double c : cv) {
            assertEquals(0.0, c, 1e-9);
        }
        assertEquals(N, IsiStatistics.meanCv(TRAINS, ALL).neurons());
        IsiHistogram h = IsiHistogram.of(TRAINS, ALL, 1, 100);
        assertEquals(h.total(), h.counts()[24] + h.counts()[25], "every ISI is 25 ms (up to rounding)");
    }

    @Test
    void fanoIsZeroWhenTheWindowHoldsWholePeriods() {
        double[] f = FanoFactor.perNeuron(TRAINS, ALL, 100);
        for (double x : f) {
            assertEquals(0.0, x, 0.0, "exactly four spikes in every 100 ms");
        }
    }

    @Test
    void fanoTendsToZeroAsTheWindowGrows() {
        double f30 = FanoFactor.mean(TRAINS, ALL, 30).mean();
        double f110 = FanoFactor.mean(TRAINS, ALL, 110).mean();
        double f1010 = FanoFactor.mean(TRAINS, ALL, 1010).mean();
        // counts differ by at most one, so var <= 1/4 and F <= 1 / (4 mean)
        assertTrue(f30 <= 1 / (4 * 1.2) + 1e-12 && f30 > 0, "F(30 ms) = " + f30);
        assertTrue(f110 < f30 && f110 <= 1 / (4 * 4.4) + 1e-12, "F(110 ms) = " + f110);
        assertTrue(f1010 < f110 && f1010 <= 1 / (4 * 40.4) + 1e-12, "F(1010 ms) = " + f1010);
    }

    @Test
    void statisticsFollowTheWindow() {
        TimeWindow firstSecond = new TimeWindow(0, 1000);
        assertEquals(40.0, FiringRates.meanHz(TRAINS, firstSecond), 1e-9);
        assertEquals(N * 40, TRAINS.count(firstSecond));
        // 40 spikes, 39 ISIs per neuron in the window
        assertEquals(N * 39L, IsiHistogram.of(TRAINS, firstSecond, 1, 100).total());
        assertEquals(0.0, FanoFactor.mean(TRAINS, firstSecond, 100).mean(), 0.0);
    }
}
