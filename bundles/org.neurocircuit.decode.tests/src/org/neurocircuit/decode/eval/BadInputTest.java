package org.neurocircuit.decode.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.registry.UnknownDecoderException;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderParameterException;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.Target;

/** Bad input gives one clear message, before any fitting where possible. */
class BadInputTest {

    private static final DecoderRegistry DECODERS = DecoderRegistry.withBuiltIns();

    /** Random counts, n rows × p columns; column {@code copy} duplicates column 0 when ≥ 0. */
    private static FeatureMatrix counts(int n, int p, int copy) {
        SplittableRandom r = new SplittableRandom(1);
        double[][] x = new double[n][p];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < p; j++) {
                x[t][j] = TestData.poisson(r, 3);
            }
            if (copy >= 0) {
                x[t][copy] = x[t][0];
            }
        }
        return TestData.matrix(x);
    }

    private static Target ramp(int n, int levels) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = levels > 0 ? (t / 7) % levels : Math.sin(t / 5.0);
        }
        return TestData.target(y);
    }

    private static String message(Executable e) {
        Throwable t = assertThrows(RuntimeException.class, e);
        System.out.println("bad input: " + t.getMessage());
        return t.getMessage();
    }

    private static void run(String decoder, Map<String, String> params, FeatureMatrix x, Target y, int folds) {
        var p = DECODERS.get(decoder);
        CrossValidation.run(() -> p.create(params), p.kind(), x, y, folds, DecodingMonitor.NONE);
    }

    @Test
    void mismatchedLengths() {
        String m = message(() -> run("ridge", Map.of(), counts(100, 3, -1), ramp(99, 0), 5));
        assertEquals("mismatched lengths: the features have 100 bins but the target 'y' has 99 values; give one"
                + " target value per bin", m);
    }

    @Test
    void constantTarget() {
        String m = message(() -> run("ridge", Map.of(), counts(100, 3, -1), TestData.target(new double[100]), 5));
        assertTrue(m.startsWith("the target 'y' is constant (0.0 in all 100 bins): R² is undefined"), m);
    }

    @Test
    void collinearFeaturesWithoutPenalty() {
        String m = message(() -> run("ridge", Map.of("lambda", "0"), counts(200, 4, 3), ramp(200, 0), 5));
        assertTrue(m.startsWith("ridge regression with lambda = 0.0: the 4 features are collinear over the 160 training"
                + " bins"), m);
        assertTrue(m.contains("set lambda > 0"), m);
        run("ridge", Map.of("lambda", "1"), counts(200, 4, 3), ramp(200, 0), 5); // a penalty resolves it
        String lda = message(() -> run("lda", Map.of(), counts(200, 4, 3), ramp(200, 3), 5));
        assertTrue(lda.contains("is singular") && lda.contains("set a shrinkage > 0"), lda);
        String kalman = message(() -> run("kalman", Map.of(), counts(200, 4, 3), ramp(200, 0), 5));
        assertTrue(kalman.contains("set qShrinkage > 0"), kalman);
    }

    @Test
    void tooFewBinsForTheFolds() {
        String m = message(() -> run("ridge", Map.of(), counts(9, 2, -1), ramp(9, 0), 10));
        assertTrue(m.startsWith("too few bins for 10 folds: 9 bins"), m);
    }

    @Test
    void unknownDecoderAndBadSettings() {
        UnknownDecoderException u = assertThrows(UnknownDecoderException.class, () -> DECODERS.get("svm"));
        assertEquals("no decoder 'svm'; available: kalman, lda, logistic, poisson-bayes, ridge", u.getMessage());
        var ridge = DECODERS.get("ridge");
        assertEquals("decoder 'ridge': parameter 'lambda' must be in [0, 1000000000000], was '-1'",
                assertThrows(DecoderParameterException.class, () -> ridge.create(Map.of("lambda", "-1"))).getMessage());
        assertEquals("decoder 'ridge': parameter 'lambda' must be a number in [0, 1000000000000], was 'lots'",
                assertThrows(DecoderParameterException.class, () -> ridge.create(Map.of("lambda", "lots")))
                        .getMessage());
        assertEquals("decoder 'ridge': parameter 'alpha' is unknown; the parameters are lambda, standardize",
                assertThrows(DecoderParameterException.class, () -> ridge.create(Map.of("alpha", "1"))).getMessage());
        assertEquals("decoder 'logistic': parameter 'lambda' must be in (0, 1000000000000], was '0'",
                assertThrows(DecoderParameterException.class,
                        () -> DECODERS.get("logistic").create(Map.of("lambda", "0"))).getMessage());
        assertEquals("decoder 'poisson-bayes': parameter 'prior' must be one of uniform, empirical, was 'flat'",
                assertThrows(DecoderParameterException.class,
                        () -> DECODERS.get("poisson-bayes").create(Map.of("prior", "flat"))).getMessage());
    }

    @Test
    void nonFiniteInput() {
        FeatureMatrix x = counts(50, 2, -1);
        x.data()[7] = Double.NaN;
        assertEquals("the features must be finite numbers: feature x#1 is NaN in bin 3",
                message(() -> run("ridge", Map.of(), x, ramp(50, 0), 5)));
    }

    @Test
    void aClassifierNeedsTwoClassesInEveryTrainingSet() {
        double[] y = new double[100];
        for (int t = 80; t < 100; t++) {
            y[t] = 1; // class 1 only in the last fold
        }
        String m = message(() -> run("lda", Map.of(), counts(100, 2, -1), TestData.target(y), 5));
        assertTrue(m.startsWith("fold 5 would train only on bins of class [0.0]"), m);
    }

    @Test
    void thePoissonDecoderNeedsCounts() {
        FeatureMatrix signal = new FeatureMatrix(new double[] {-60, -59, -58, -61, -57, -60}, List.of(
                new FeatureColumn("V", 3, 0, "mV", false)), new int[] {0, 1, 2, 3, 4, 5}, 10, HistoryWindow.none());
        String m = message(() -> DECODERS.get("poisson-bayes").create(Map.of()).fit(signal,
                TestData.target(new double[] {0, 1, 0, 1, 0, 1})));
        assertEquals("the Poisson decoder needs spike counts, but feature V#3 holds a signal in mV; use spike channels"
                + " or another decoder", m);
    }

    @Test
    void classifierOnAContinuousTarget() {
        double[] y = new double[400];
        for (int t = 0; t < y.length; t++) {
            y[t] = t * 0.001;
        }
        String m = message(() -> run("logistic", Map.of(), counts(400, 2, -1), TestData.target(y), 5));
        assertTrue(m.startsWith("the target 'y' takes more than 256 distinct values; a classifier needs"), m);
        assertEquals(DecoderKind.CLASSIFICATION, DECODERS.get("logistic").kind());
        assertThrows(DecodingException.class, () -> TestData.target(y).classes());
    }
}
