package org.neurocircuit.decode.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.eval.CrossValidation;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;
import org.neurocircuit.decode.spi.Target;

/** Finding decoders without loading them, and registering a third party's in code. */
class DecoderRegistryTest {

    /** A third party's decoder: predicts the training mean plus an offset. */
    static final class MeanProvider implements DecoderProvider {
        @Override
        public String id() {
            return "mean";
        }

        @Override
        public String label() {
            return "Training mean";
        }

        @Override
        public DecoderKind kind() {
            return DecoderKind.REGRESSION;
        }

        @Override
        public List<ParameterDescriptor> parameters() {
            return List.of(ParameterDescriptor.real("offset", 0, -10, 10, "", "added to the mean"));
        }

        @Override
        public Decoder create(Map<String, String> values) {
            double offset = Parameters.parse(id(), parameters(), values).real("offset");
            return new Decoder() {
                private double mean;

                @Override
                public void fit(FeatureMatrix x, Target y) {
                    for (double v : y.values()) {
                        mean += v / y.length();
                    }
                }

                @Override
                public double[] predict(FeatureMatrix x) {
                    double[] p = new double[x.rows()];
                    Arrays.fill(p, mean + offset);
                    return p;
                }
            };
        }
    }

    @Test
    void theBuiltInDecodersAreListedWithTheirKinds() {
        DecoderRegistry r = DecoderRegistry.withBuiltIns();
        assertEquals(List.of("kalman", "lda", "logistic", "poisson-bayes", "ridge"), r.ids());
        assertEquals(DecoderKind.CLASSIFICATION, r.descriptor("lda").orElseThrow().kind());
        assertEquals("Wiener filter (ridge regression)", r.descriptor("ridge").orElseThrow().label());
        DecoderRegistry platform = DecoderRegistry.getDefault(); // in OSGi: read from plugin.xml
        assertTrue(platform.ids().containsAll(r.ids()), "the platform has the built-ins");
        assertEquals(DecoderKind.CLASSIFICATION, platform.get("lda").kind()); // in OSGi: createExecutableExtension
        assertTrue(platform.descriptor("lda").orElseThrow().isLoaded());
        assertEquals(List.of(), platform.problems());
    }

    @Test
    void providersLoadOnFirstUseOnly() {
        AtomicInteger created = new AtomicInteger();
        DecoderRegistry r = new DecoderRegistry();
        r.register(DecoderDescriptor.lazy("mean", "Training mean", DecoderKind.REGRESSION, "a.bundle", () -> {
            created.incrementAndGet();
            return new MeanProvider();
        }));
        assertEquals(List.of("mean"), r.ids());
        assertFalse(r.descriptor("mean").orElseThrow().isLoaded());
        assertEquals(0, created.get());
        DecoderProvider p = r.get("mean");
        assertEquals(p, r.get("mean"));
        assertEquals(1, created.get());
        DecodingResult res = CrossValidation.run(() -> p.create(Map.of()), p.kind(),
                TestData.matrix(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}}),
                TestData.target(new double[] {1, 2, 3, 4, 5, 6}), 3, DecodingMonitor.NONE);
        assertTrue(res.pooled().r2() < 0, "a mean predictor is below chance out of sample");
    }

    @Test
    void aContributionThatFailsToLoadIsReportedAndDropped() {
        List<String> log = new ArrayList<>();
        DecoderRegistry r = new DecoderRegistry(log::add);
        r.register(DecoderDescriptor.lazy("broken", "Broken", DecoderKind.REGRESSION, "b.bundle", () -> {
            throw new IllegalStateException("class b.Broken not found");
        }));
        r.register(DecoderDescriptor.lazy("liar", "Liar", DecoderKind.CLASSIFICATION, "c.bundle", MeanProvider::new));
        r.register(new MeanProvider());
        UnknownDecoderException e = assertThrows(UnknownDecoderException.class, () -> r.get("broken"));
        assertEquals("decoder 'broken' from b.bundle could not be loaded: class b.Broken not found; available: liar,"
                + " mean", e.getMessage());
        String liar = assertThrows(UnknownDecoderException.class, () -> r.get("liar")).getMessage();
        assertTrue(liar.contains("reports id 'mean' (regression) but the contribution declares 'liar'"
                + " (classification)"), liar);
        assertEquals(List.of("mean"), r.ids());
        assertEquals(2, r.problems().size());
        assertEquals(r.problems(), log);
        assertThrows(IllegalArgumentException.class, () -> r.register(new MeanProvider()));
    }

    @Test
    void parameterDescriptorsSayTheirRanges() {
        assertEquals("in [0, 1]", ParameterDescriptor.real("a", 0.5, 0, 1, "", "").range());
        assertEquals("> 0", ParameterDescriptor.positive("b", 1, 0, Double.POSITIVE_INFINITY, "", "").range());
        assertEquals("in [1, 100]", ParameterDescriptor.integer("c", 5, 1, 100, "1", "").range());
        assertEquals("true or false", ParameterDescriptor.flag("d", true, "").range());
        assertEquals("one of x, y", ParameterDescriptor.choice("e", "x", List.of("x", "y"), "").range());
        assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.real("f", 2, 0, 1, "", ""));
        assertThrows(IllegalArgumentException.class, () -> ParameterDescriptor.real("not a name", 0, 0, 1, "", ""));
        Parameters p = Parameters.parse("d", List.of(ParameterDescriptor.integer("n", 3, 1, 9, "1", "")),
                Map.of("n", " 7 "));
        assertEquals(7, p.integer("n"));
        assertEquals(Map.of("n", "7"), p.asText());
    }
}
