package org.neurocircuit.decode.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.engine.network.Stimulus;

/** Targets resampled to bins, against values computed by hand. */
class TargetSeriesTest {

    /** 0 until 15 ms, 10 until 32 ms, then 4. */
    private static final TargetSeries STEP = new TargetSeries("amp", "pA", new double[] {0, 15, 32},
            new double[] {0, 10, 4}, Interpolation.STEP);

    @Test
    void stepSeriesAtCentresAndAsBinMeans() {
        BinGrid g = new BinGrid(0, 10, 4); // centres 5, 15, 25, 35
        assertArrayEquals(new double[] {0, 10, 10, 4}, STEP.resample(g, Resampling.CENTRE));
        // [10, 20): 5 ms of 0 and 5 ms of 10 → 5; [30, 40): 2 ms of 10 and 8 ms of 4 → 5.2
        assertArrayEquals(new double[] {0, 5, 10, 5.2}, STEP.resample(g, Resampling.MEAN), 1e-12);
    }

    @Test
    void linearSeriesAtCentresAndAsBinMeans() {
        TargetSeries s = new TargetSeries("x", "", new double[] {0, 10, 20}, new double[] {0, 10, 0},
                Interpolation.LINEAR);
        BinGrid g = new BinGrid(0, 5, 4);
        assertArrayEquals(new double[] {2.5, 7.5, 7.5, 2.5}, s.resample(g, Resampling.CENTRE), 1e-12);
        assertArrayEquals(new double[] {2.5, 7.5, 7.5, 2.5}, s.resample(g, Resampling.MEAN), 1e-12);
        // a bin over the peak: [5, 15) has mean (∫5..10 t dt + ∫10..15 (20 − t) dt) / 10 = (37.5 + 37.5) / 10
        assertArrayEquals(new double[] {7.5}, s.resample(new BinGrid(5, 10, 1), Resampling.MEAN), 1e-12);
    }

    @Test
    void binsOutsideTheDomainAreRefused() {
        TargetSeries s = new TargetSeries("x", "", new double[] {0, 10}, new double[] {0, 1}, Interpolation.LINEAR);
        DecodingException e = assertThrows(DecodingException.class, () -> s.resample(new BinGrid(0, 5, 3),
                Resampling.MEAN));
        assertEquals("target 'x' is defined on [0.0, 10.0] ms, but the bins cover [0.0, 15.0) ms; choose a time"
                + " window inside the target's", e.getMessage());
        assertThrows(DecodingException.class, () -> new TargetSeries("x", "", new double[] {0, 0},
                new double[] {1, 2}, Interpolation.STEP));
        assertThrows(DecodingException.class, () -> new TargetSeries("x", "", new double[] {0, 1},
                new double[] {1}, Interpolation.STEP));
    }

    @Test
    void stimulusParametersAsSeries() {
        Stimulus.Step step = new Stimulus.Step("drive", List.of(0), new double[] {20, 50}, new double[] {100, 300},
                10, 80);
        TargetSeries s = StimulusTargets.of(step, "amplitudes", 100, 0.1);
        assertArrayEquals(new double[] {0, 10, 20, 50, 80}, s.times());
        assertArrayEquals(new double[] {0, 0, 100, 300, 0}, s.values());
        assertEquals("pA", s.unit());
        TargetSeries dc = StimulusTargets.of(new Stimulus.Dc("dc", List.of(0), 250, 30, Double.POSITIVE_INFINITY),
                "amplitude", 100, 0.1);
        assertArrayEquals(new double[] {0, 250, 250, 250}, dc.resample(new BinGrid(0, 25, 4), Resampling.CENTRE));
        DecodingException e = assertThrows(DecodingException.class, () -> StimulusTargets.of(step, "rate", 100, 0.1));
        assertEquals("stimulus 'drive' has no decodable parameter 'rate'; it has: amplitudes", e.getMessage());
        TargetSeries sine = StimulusTargets.of(new Stimulus.Sinusoid("s", List.of(0), 5, 2, 10, 90, 0, 1000),
                "current", 1000, 0.5);
        assertEquals(7, sine.valueAt(0), 1e-12); // sin(90°) = 1
        assertTrue(Math.abs(sine.valueAt(50) - 3) < 1e-9); // half a period later
    }
}
