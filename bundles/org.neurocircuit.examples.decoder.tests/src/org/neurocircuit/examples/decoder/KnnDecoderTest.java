package org.neurocircuit.examples.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.eval.CrossValidation;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.eval.TargetShuffle;
import org.neurocircuit.decode.registry.DecoderDescriptor;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderParameterException;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Target;

/**
 * The example decoders are found through the platform's registry with the settings their
 * plugin.xml declares, and decode a known synthetic signal from Poisson counts.
 */
class KnnDecoderTest {

    private static final int NEURONS = 40;
    private static final int BINS = 3000;

    @Test
    void theRegistryListsThemWithoutLoadingAndLoadsThemWithTheirDeclaredSettings() {
        DecoderRegistry registry = DecoderRegistry.getDefault();
        DecoderDescriptor knn = registry.descriptor("knn").orElseThrow(() -> new AssertionError(registry.ids()));
        assertEquals("org.neurocircuit.examples.decoder", knn.contributor());
        assertEquals(DecoderKind.REGRESSION, knn.kind());
        assertEquals(DecoderKind.CLASSIFICATION, registry.descriptor("knn-classes").orElseThrow().kind());
        assertFalse(knn.isLoaded(), "listing loads no class");

        DecoderProvider p = registry.get("knn");
        assertTrue(p instanceof KnnRegressionProvider, p.getClass().getName());
        assertTrue(knn.isLoaded());
        assertEquals(List.of("k", "weighting", "standardize"), p.parameters().stream().map(ParameterDescriptor::name)
                .toList());
        ParameterDescriptor k = p.parameters().get(0);
        assertEquals("10", k.defaultValue());
        assertEquals("in [1, 1000]", k.range());
        assertEquals("1", k.unit());
        assertEquals(List.of("uniform", "distance"), p.parameters().get(1).choices());
        assertEquals("15", registry.get("knn-classes").parameters().get(0).defaultValue());
        assertEquals(List.of(), registry.problems());

        DecoderParameterException e = assertThrows(DecoderParameterException.class,
                () -> p.create(Map.of("k", "0")));
        assertTrue(e.getMessage().contains("k") && e.getMessage().contains("in [1, 1000]"), e.getMessage());
        assertThrows(DecoderParameterException.class, () -> p.create(Map.of("weighting", "gaussian")));
    }

    @Test
    void regressionRecoversASlowSignalFromPoissonCounts() {
        double[] signal = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            signal[b] = Math.sin(2 * Math.PI * b / 400.0) + 0.5 * Math.sin(2 * Math.PI * b / 170.0 + 1);
        }
        FeatureMatrix x = counts(signal, 1);
        DecodingResult r = crossValidate("knn", Map.of("k", "20"), x, signal);
        double r2 = r.pooled().r2();
        System.out.printf("knn regression of a synthetic signal from %d Poisson neurons: R² %.3f%n", NEURONS, r2);
        assertTrue(r2 > 0.8, "R² " + r2);
        DecodingResult control = crossValidate("knn", Map.of("k", "20"), x,
                TargetShuffle.blockPermutation(signal, 100, 7));
        assertTrue(control.pooled().r2() < 0.1, "control R² " + control.pooled().r2());
    }

    @Test
    void classificationNamesTheStimulusLevel() {
        double[] level = new double[BINS];
        SplittableRandom random = new SplittableRandom(5);
        for (int b = 0; b < BINS; b += 50) {
            double v = random.nextInt(3);
            for (int i = b; i < Math.min(BINS, b + 50); i++) {
                level[i] = v;
            }
        }
        DecodingResult r = crossValidate("knn-classes", Map.of("weighting", "distance"), counts(level, 2), level);
        System.out.printf("knn classification of 3 levels: accuracy %.3f, balanced %.3f (chance 0.333)%n",
                r.pooled().accuracy(), r.pooled().balancedAccuracy());
        assertTrue(r.pooled().balancedAccuracy() > 0.85, "balanced accuracy " + r.pooled().balancedAccuracy());
    }

    /** 5 contiguous folds of the registry's decoder {@code id}, as the workbench runs them. */
    private static DecodingResult crossValidate(String id, Map<String, String> settings, FeatureMatrix x, double[] y) {
        DecoderProvider p = DecoderRegistry.getDefault().get(id);
        return CrossValidation.run(() -> p.create(settings), p.kind(), x, new Target("y", "", y), 5,
                DecodingMonitor.NONE);
    }

    /** Poisson counts per bin of neurons whose mean rises or falls with the signal, gains varying by neuron. */
    private static FeatureMatrix counts(double[] signal, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] data = new double[signal.length * NEURONS];
        for (int b = 0; b < signal.length; b++) {
            for (int n = 0; n < NEURONS; n++) {
                double gain = 0.5 + 0.05 * n;
                double mean = 2 + gain * (n % 2 == 0 ? signal[b] + 2 : 3 - signal[b]); // half rise, half fall
                data[b * NEURONS + n] = poisson(random, mean);
            }
        }
        List<FeatureColumn> columns = new ArrayList<>();
        int[] bins = new int[signal.length];
        for (int n = 0; n < NEURONS; n++) {
            columns.add(new FeatureColumn("synthetic", n, 0, "1", true));
        }
        for (int b = 0; b < bins.length; b++) {
            bins[b] = b;
        }
        return new FeatureMatrix(data, columns, bins, 10, HistoryWindow.none());
    }

    private static double poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }
}
