package org.neurocircuit.decode.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.SpikeCountModel;
import org.neurocircuit.decode.spi.Target;

/** Metrics against values computed by hand. */
class ScoresTest {

    @Test
    void regressionScores() {
        // residuals ±0.5: SS_res = 1; truth mean 2.5: SS_tot = 5; r = 4 / sqrt(5 · 4)
        Scores s = Scores.regression(new double[] {1, 2, 3, 4}, new double[] {1.5, 1.5, 3.5, 3.5});
        assertEquals(0.8, s.r2(), 1e-15);
        assertEquals(0.5, s.rmse(), 1e-15);
        assertEquals(4 / Math.sqrt(20), s.pearsonR(), 1e-15);
        assertTrue(Double.isNaN(s.accuracy()));
        assertEquals(List.of(), s.notes());
    }

    @Test
    void undefinedScoresAreNaNWithAReason() {
        Scores s = Scores.regression(new double[] {2, 2, 2}, new double[] {1, 2, 3});
        assertTrue(Double.isNaN(s.r2()) && Double.isNaN(s.pearsonR()));
        assertEquals(Math.sqrt(2.0 / 3), s.rmse(), 1e-15);
        assertEquals(List.of("R² and r are undefined: the target is constant over these 3 bins"), s.notes());
        Scores flat = Scores.regression(new double[] {1, 2, 3}, new double[] {2, 2, 2});
        assertEquals(0, flat.r2(), 1e-15);
        assertEquals(List.of("r is undefined: the prediction is constant over these 3 bins"), flat.notes());
    }

    @Test
    void classificationScores() {
        double[] truth = {0, 0, 0, 1, 1, 2};
        double[] predicted = {0, 1, 0, 1, 1, 0};
        Scores s = Scores.classification(truth, predicted, new double[] {0, 1, 2});
        assertEquals(4.0 / 6, s.accuracy(), 1e-15);
        assertEquals((2.0 / 3 + 1 + 0) / 3, s.balancedAccuracy(), 1e-15);
        assertArrayEquals(new long[] {2, 1, 0}, s.confusion().counts()[0]);
        assertArrayEquals(new long[] {0, 2, 0}, s.confusion().counts()[1]);
        assertArrayEquals(new long[] {1, 0, 0}, s.confusion().counts()[2]);
        // a class absent from the truth does not count in the balanced accuracy (as scikit-learn)
        Scores absent = Scores.classification(new double[] {0, 0, 1}, new double[] {0, 2, 1}, new double[] {0, 1, 2});
        assertEquals((0.5 + 1) / 2, absent.balancedAccuracy(), 1e-15);
    }

    @Test
    void bitsPerSpikeOfAHandModel() {
        // baseline 1 spike/bin; y = 0 → λ = 2 with 3 spikes; y = 1 → λ = 0.5 with none:
        // gain = 3 ln 2 − (2 − 1) + 0 − (0.5 − 1) = 3 ln 2 − 0.5 nats over 3 spikes
        SpikeCountModel m = new SpikeCountModel() {
            @Override
            public double[] expectedCounts(double y) {
                return new double[] {y == 0 ? 2 : 0.5};
            }

            @Override
            public double[] baselineCounts() {
                return new double[] {1};
            }
        };
        FeatureMatrix x = new FeatureMatrix(new double[] {3, 0}, List.of(new FeatureColumn("s", 0, 0, "1", true)),
                new int[] {0, 1}, 10, HistoryWindow.none());
        BitsPerSpike b = BitsPerSpike.of(m, x, new Target("y", "", new double[] {0, 1}));
        assertEquals(3 * Math.log(2) - 0.5, b.gainNats(), 1e-15);
        assertEquals(3, b.spikes());
        assertEquals(1 - 0.5 / (3 * Math.log(2)), b.bits(), 1e-15);
    }
}
