package org.neurocircuit.decode.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.eval.CrossValidation;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.eval.TargetShuffle;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.Target;

/** Poisson naive Bayes on simulated Gaussian tuning curves. */
class PoissonBayesTest {

    private static final int NEURONS = 40;
    private static final double WIDTH = 0.1;

    /** Expected count per bin of neuron i at y in [0, 1]: 0.1 + 3 exp(−(y − c_i)² / 2σ²). */
    private static double tuning(int i, double y) {
        double c = (i + 0.5) / NEURONS;
        return 0.1 + 3 * Math.exp(-(y - c) * (y - c) / (2 * WIDTH * WIDTH));
    }

    private static double[][] counts(double[] y, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] k = new double[y.length][NEURONS];
        for (int t = 0; t < y.length; t++) {
            for (int i = 0; i < NEURONS; i++) {
                k[t][i] = TestData.poisson(r, tuning(i, y[t]));
            }
        }
        return k;
    }

    /** A reflected random walk in [0, 1]. */
    private static double[] walk(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[n];
        double v = 0.5;
        for (int t = 0; t < n; t++) {
            v += 0.03 * TestData.gaussian(r);
            v = v < 0 ? -v : v > 1 ? 2 - v : v;
            y[t] = v;
        }
        return y;
    }

    @Test
    void decodesAContinuousVariableFromPoissonTuningCurves() {
        double[] y = walk(20_000, 5);
        FeatureMatrix x = TestData.matrix(counts(y, 6));
        DecodingResult r = CrossValidation.run(() -> new PoissonBayesProvider().create(Map.of("targetBins", "50")),
                DecoderKind.REGRESSION, x, TestData.target(y), 5, DecodingMonitor.NONE);
        System.out.printf("poisson-bayes: R² %.3f, RMSE %.4f, %.3f bits/spike%n", r.pooled().r2(), r.pooled().rmse(),
                r.pooled().bitsPerSpike());
        assertTrue(r.pooled().rmse() < 0.04, "RMSE " + r.pooled().rmse());
        assertTrue(r.pooled().r2() > 0.97, "R² " + r.pooled().r2());
        assertTrue(r.pooled().bitsPerSpike() > 0.3, "bits per spike " + r.pooled().bitsPerSpike());
    }

    @Test
    void tuningCurvesAreTheSimulatedOnes() {
        double[] y = walk(50_000, 8);
        FeatureMatrix x = TestData.matrix(counts(y, 9));
        PoissonBayesDecoder d = (PoissonBayesDecoder) new PoissonBayesProvider().create(
                Map.of("targetBins", "20", "smoothing", "0"));
        d.fit(x, TestData.target(y));
        TuningCurves c = d.curves();
        double worst = 0;
        for (int j = 2; j < 18; j++) { // inner bins: the walk visits them often
            for (int i = 0; i < NEURONS; i++) {
                // the bin's mean rate: compare with the tuning curve averaged over the bin (±1/40)
                double lo = c.centres()[j] - 0.025;
                double expected = 0;
                for (int k = 0; k < 10; k++) {
                    expected += tuning(i, lo + (k + 0.5) * 0.005) / 10;
                }
                worst = Math.max(worst, Math.abs(c.rates()[j][i] - expected) / Math.sqrt(expected));
            }
        }
        assertTrue(worst < 0.25, "estimated tuning deviates by " + worst + " Poisson sd");
    }

    @Test
    void discreteLevelsAreDecodedExactly() {
        SplittableRandom r = new SplittableRandom(12);
        double[] levels = {0.1, 0.3, 0.5, 0.7, 0.9};
        double[] y = new double[5000];
        for (int t = 0; t < y.length; t += 50) {
            double v = levels[r.nextInt(levels.length)];
            for (int k = t; k < t + 50; k++) {
                y[k] = v;
            }
        }
        DecodingResult res = CrossValidation.run(() -> new PoissonBayesProvider().create(Map.of()),
                DecoderKind.REGRESSION, TestData.matrix(counts(y, 13)), TestData.target(y), 5, DecodingMonitor.NONE);
        int exact = 0;
        for (int i = 0; i < res.predictions().length; i++) {
            exact += res.predictions()[i] == res.truth()[i] ? 1 : 0;
        }
        assertTrue(exact > 0.98 * res.predictions().length, exact + " of " + res.predictions().length + " exact");
    }

    @Test
    void aBlockPermutedTargetStaysAtChance() {
        double[] y = walk(20_000, 5);
        FeatureMatrix x = TestData.matrix(counts(y, 6));
        Target permuted = TestData.target(TargetShuffle.blockPermutation(y, TargetShuffle.blockRows(y.length, 10, 0), 99));
        DecodingResult r = CrossValidation.run(() -> new PoissonBayesProvider().create(Map.of()),
                DecoderKind.REGRESSION, x, permuted, 5, DecodingMonitor.NONE);
        System.out.printf("poisson-bayes, block-permuted target: R² %.3f, %.3f bits/spike%n", r.pooled().r2(),
                r.pooled().bitsPerSpike());
        assertTrue(r.pooled().r2() < 0.1, "R² " + r.pooled().r2());
        assertTrue(r.pooled().bitsPerSpike() < 0.05, "bits per spike " + r.pooled().bitsPerSpike());
        assertEquals(20_000, r.predictions().length);
    }
}
