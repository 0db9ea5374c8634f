package org.neurocircuit.decode.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.decode.fixtures.SklearnReference;
import org.neurocircuit.decode.fixtures.SklearnReference.Case;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.LinearWeights;

/** Ridge against scikit-learn's StandardScaler + Ridge (data and outputs in data/sklearn/ridge.json). */
class RidgeVsSklearnTest {

    static List<Case> cases() {
        return SklearnReference.cases("ridge");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void coefficientsAndPredictionsMatchScikitLearn(Case c) {
        Decoder d = new RidgeProvider().create(c.parameters());
        d.fit(TestData.matrix(c.matrix("xTrain")), TestData.target(c.vector("yTrain")));
        LinearWeights w = d.weights().orElseThrow();
        double coef = TestData.maxAbsDiff(w.weights(), c.matrix("coef"));
        double intercept = TestData.maxAbsDiff(w.intercepts(), c.vector("intercept"));
        double predict = TestData.maxAbsDiff(d.predict(TestData.matrix(c.matrix("xTest"))), c.vector("predict"));
        System.out.printf("ridge %-32s max |Δ| coef %.1e, intercept %.1e, predictions %.1e%n", c.name(), coef,
                intercept, predict);
        assertTrue(coef < 1e-9, "coefficients differ by " + coef);
        assertTrue(intercept < 1e-9, "intercept differs by " + intercept);
        assertTrue(predict < 1e-9, "predictions differ by " + predict);
        assertEquals(List.of("y"), w.outputs());
    }
}
