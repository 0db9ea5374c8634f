package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

class SpikeTrainsTest {

    @Test
    void refusesBadArrays() {
        assertThrows(IllegalArgumentException.class, () -> new SpikeTrains(new int[] {0}, new double[0], 1));
        assertThrows(IllegalArgumentException.class, () -> new SpikeTrains(new int[] {2}, new double[] {1}, 2));
        assertThrows(IllegalArgumentException.class, () -> new SpikeTrains(new int[] {-1}, new double[] {1}, 2));
        assertThrows(IllegalArgumentException.class, () -> new SpikeTrains(new int[] {0, 1}, new double[] {2, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> new SpikeTrains(new int[] {0}, new double[] {Double.NaN}, 1));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(0, 1).wholeBins(0));
    }

    @Test
    void searchesByTime() {
        SpikeTrains s = new SpikeTrains(new int[] {0, 1, 0, 1}, new double[] {1, 2, 2, 5}, 2);
        assertEquals(0, s.indexAt(0));
        assertEquals(1, s.indexAt(2));
        assertEquals(3, s.indexAt(2.5));
        assertEquals(4, s.indexAt(6));
        assertEquals(2, s.count(new TimeWindow(2, 5)));
    }

    @Test
    void fromARecordingNumbersNeuronsByColumn() {
        // population I: global offset 8, size 4; the channel records local neurons 3 and 1, in that order
        PopulationInfo pop = new PopulationInfo("I", 8, 4);
        Channel c = new Channel(1, "spikesI", Kind.SPIKES, 1, null, "", 1, new int[] {3, 1});
        SpikeRecording r = new SpikeRecording(c, pop, 0.1, new int[] {9, 11, 11}, new int[] {5, 5, 20});
        SpikeTrains s = SpikeTrains.of(r);
        assertArrayEquals(new int[] {1, 0, 0}, s.neurons());
        assertArrayEquals(new double[] {0.5, 0.5, 2.0}, s.timesMs(), 1e-12);
        assertEquals(2, s.neuronCount());

        SpikeRecording stray = new SpikeRecording(c, pop, 0.1, new int[] {10}, new int[] {5});
        assertThrows(IllegalArgumentException.class, () -> SpikeTrains.of(stray), "neuron 2 is not recorded");
        Channel all = new Channel(0, "all", Kind.SPIKES, 1, null, "", 1, null);
        assertArrayEquals(new int[] {1, 3}, SpikeTrains.of(new SpikeRecording(all, pop, 0.1, new int[] {9, 11},
                new int[] {1, 2})).neurons());
    }

    @Test
    void silentNeuronsCount() {
        SpikeTrains s = new SpikeTrains(new int[] {0, 0, 2}, new double[] {1, 2, 3}, 4);
        TimeWindow w = new TimeWindow(0, 1000);
        assertEquals(0.5, FiringRates.silentFraction(s, w));
        assertEquals(0.75, FiringRates.meanHz(s, w), 1e-12, "3 spikes / (4 neurons × 1 s)");
        assertArrayEquals(new double[] {2, 0, 1, 0}, FiringRates.perNeuronHz(s, w), 1e-12);
        assertEquals(0.75, FiringRates.silentFraction(s, new TimeWindow(2.5, 10)));
        assertTrue(Double.isNaN(FiringRates.meanHz(new SpikeTrains(new int[0], new double[0], 0), w)));
    }

    @Test
    void cvPerNeuronNeedsTwoIntervalsInsideTheWindow() {
        // neuron 0: ISIs 10, 30 (CV = 10 / 20); neuron 1: a single ISI of 12; neuron 2: ISIs 10, 10, 10
        SpikeTrains s = new SpikeTrains(new int[] {0, 2, 1, 0, 2, 1, 2, 2, 0},
                new double[] {0, 5, 8, 10, 15, 20, 25, 35, 40}, 3);
        double[] cv = IsiStatistics.cvPerNeuron(s, new TimeWindow(0, 100));
        assertEquals(0.5, cv[0], 1e-12);
        assertTrue(Double.isNaN(cv[1]), "a single ISI defines no CV");
        assertEquals(0.0, cv[2], 1e-12);
        assertEquals(new NeuronAverage(0.25, 2), IsiStatistics.meanCv(s, new TimeWindow(0, 100)));
        // [0, 39): neuron 0 keeps one ISI only
        assertTrue(Double.isNaN(IsiStatistics.cvPerNeuron(s, new TimeWindow(0, 39))[0]));
        IsiHistogram h = IsiHistogram.of(s, new TimeWindow(0, 100), 10, 25);
        assertArrayEquals(new int[] {0, 5, 0}, h.counts(), "ISIs 10, 12, 10, 10, 10 in [10, 20)");
        assertEquals(1, h.overflow(), "30 ms is beyond 25 ms");
    }

    @Test
    void summaryGathersEverything() {
        SpikeTrains s = Trains.regular(10, 25, 1000, 3);
        SpikeStatistics st = SpikeStatistics.of("spikesE", "E", s, new TimeWindow(0, 1000), 100, 2);
        assertEquals(10, st.neurons());
        assertEquals(400, st.spikes());
        assertEquals(40.0, st.meanRateHz(), 1e-9);
        assertEquals(0.0, st.silentFraction());
        assertEquals(0.0, st.cv().mean(), 1e-9);
        assertEquals(0.0, st.fano().mean(), 0.0);
        assertTrue(st.chi() < 0.5, "a splay state is far from synchronous: " + st.chi());
        assertEquals(List.of("spikesE", "E"), List.of(st.channel(), st.population()));
    }
}
