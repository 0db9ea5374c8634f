package org.neurocircuit.decode.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.decode.fixtures.SklearnReference;
import org.neurocircuit.decode.fixtures.SklearnReference.Case;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;

/** LDA against scikit-learn's LinearDiscriminantAnalysis(solver="lsqr", shrinkage) on data/sklearn/lda.json. */
class LdaVsSklearnTest {

    static List<Case> cases() {
        return SklearnReference.cases("lda");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void discriminantsProbabilitiesAndClassesMatchScikitLearn(Case c) {
        Decoder d = new LdaProvider().create(c.parameters());
        d.fit(TestData.matrix(c.matrix("xTrain")), TestData.target(c.vector("yTrain")));
        FeatureMatrix test = TestData.matrix(c.matrix("xTest"));
        LinearWeights w = d.weights().orElseThrow();
        double coef = TestData.maxAbsDiff(w.weights(), c.matrix("coef"));
        double intercept = TestData.maxAbsDiff(w.intercepts(), c.vector("intercept"));
        double proba = TestData.maxAbsDiff(d.probabilities(test).orElseThrow(), c.matrix("proba"));
        System.out.printf("lda %-29s max |Δ| coef %.1e, intercept %.1e, probabilities %.1e%n", c.name(), coef,
                intercept, proba);
        assertTrue(coef < 1e-9, "coefficients differ by " + coef);
        assertTrue(intercept < 1e-9, "intercepts differ by " + intercept);
        assertTrue(proba < 1e-10, "probabilities differ by " + proba);
        assertArrayEquals(c.vector("predict"), d.predict(test));
    }
}
