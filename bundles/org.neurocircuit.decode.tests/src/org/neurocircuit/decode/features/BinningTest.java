package org.neurocircuit.decode.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;

/** Spike counts per bin, and the history window's rows and columns. */
class BinningTest {

    /** Three neurons; spikes at bin edges go to the later bin; 0.3 ms is in [0.3, 0.4) despite rounding. */
    private static final SpikeTrains TRAINS = new SpikeTrains(new int[] {0, 2, 0, 1, 2, 2},
            new double[] {0.0, 0.1, 0.3, 0.35, 0.39999, 0.4}, 3);

    @Test
    void countsPerNeuronAndPopulation() {
        BinGrid g = BinGrid.of(new TimeWindow(0, 0.45), 0.1); // 4 whole bins; 0.4 falls outside
        assertEquals(4, g.bins());
        assertArrayEquals(new double[] {
            1, 0, 0, // [0, 0.1)
            0, 0, 1, // [0.1, 0.2): 0.1 belongs to the later bin
            0, 0, 0,
            1, 1, 1, // [0.3, 0.4)
        }, SpikeBinning.perNeuron(TRAINS, g));
        assertArrayEquals(new double[] {1, 1, 0, 3}, SpikeBinning.population(TRAINS, g));
        assertEquals(3, g.binOf(0.3)); // 0.3 / 0.1 is 2.9999999999999996
        assertEquals(-1, g.binOf(0.4));
        assertEquals(0.35, g.binCentreMs(3), 1e-15);
    }

    @Test
    void noWholeBinIsAClearError() {
        DecodingException e = assertThrows(DecodingException.class, () -> BinGrid.of(new TimeWindow(0, 5), 10));
        assertEquals("the time window [0.0, 5.0) ms is 5.0 ms long, shorter than one bin of 10.0 ms", e.getMessage());
    }

    @Test
    void historyRowsStartAfterTheWindowAndColumnsGoByLag() {
        BinnedFeatures base = new BinnedFeatures(new BinGrid(0, 10, 5)).add(
                List.of(new FeatureColumn("a", 0, 0, "1", true), new FeatureColumn("a", 1, 0, "1", true)),
                new double[] {0, 100, 1, 101, 2, 102, 3, 103, 4, 104});
        FeatureMatrix causal = HistoryExpansion.apply(base, HistoryWindow.causal(2));
        assertEquals(3, causal.rows()); // bins 2, 3, 4
        assertArrayEquals(new int[] {2, 3, 4}, causal.bins());
        assertEquals(List.of("a#0", "a#1", "a#0 t-1", "a#1 t-1", "a#0 t-2", "a#1 t-2"),
                causal.columns().stream().map(FeatureColumn::label).toList());
        assertArrayEquals(new double[] {2, 102, 1, 101, 0, 100}, row(causal, 0));
        assertArrayEquals(new double[] {4, 104, 3, 103, 2, 102}, row(causal, 2));
        FeatureMatrix centred = HistoryExpansion.apply(base, HistoryWindow.centred(1));
        assertArrayEquals(new int[] {1, 2, 3}, centred.bins());
        assertEquals(List.of("a#0", "a#1", "a#0 t-1", "a#1 t-1", "a#0 t+1", "a#1 t+1"),
                centred.columns().stream().map(FeatureColumn::label).toList());
        assertArrayEquals(new double[] {1, 101, 0, 100, 2, 102}, row(centred, 0));
        assertArrayEquals(new double[] {5, 7, 9}, HistoryExpansion.alignToRows(new double[] {1, 3, 5, 7, 9}, causal));
    }

    private static double[] row(FeatureMatrix m, int r) {
        double[] v = new double[m.columnCount()];
        for (int c = 0; c < v.length; c++) {
            v[c] = m.get(r, c);
        }
        return v;
    }
}
