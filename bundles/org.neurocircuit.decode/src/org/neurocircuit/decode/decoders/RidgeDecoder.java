package org.neurocircuit.decode.decoders;

import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;
import org.neurocircuit.decode.spi.Target;

/**
 * Ridge regression in closed form, the Wiener filter when the features include history bins.
 * With Z the training features (columns constant in training left out), z-scored when
 * {@code standardize} (else only centred), and y the centred target:
 * <pre>
 *   w = (ZᵀZ + λ I)⁻¹ Zᵀ y        b = mean(y)           (the intercept is not penalised)
 * </pre>
 * which is scikit-learn's {@code Ridge(alpha=λ)} after {@code StandardScaler}. Weights are
 * reported and applied in the features' own units ({@code w/sd}). Solved by EJML's Cholesky
 * decomposition; a singular {@code ZᵀZ + λI} (λ = 0 with collinear features) is an error.
 */
final class RidgeDecoder implements Decoder {

    private final double lambda;
    private final boolean standardize;
    private LinearModel model;
    private String targetName;

    RidgeDecoder(double lambda, boolean standardize) {
        this.lambda = lambda;
        this.standardize = standardize;
    }

    @Override
    public void fit(FeatureMatrix x, Target y) {
        int[] cols = ColumnSelection.varying(x, RidgeProvider.ID);
        DMatrixRMaj z = ColumnSelection.gather(x, cols);
        Standardizer s = Standardizer.fit(z, standardize);
        s.apply(z);
        double mean = 0;
        for (double v : y.values()) {
            mean += v;
        }
        mean /= y.length();
        DMatrixRMaj yc = new DMatrixRMaj(y.length(), 1);
        for (int r = 0; r < y.length(); r++) {
            yc.data[r] = y.value(r) - mean;
        }
        DMatrixRMaj g = Matrices.gram(z);
        Matrices.addDiagonal(g, lambda);
        DMatrixRMaj w = Matrices.solveSpd(g, Matrices.transA(z, yc), () -> singular(cols.length, x.rows()));
        model = LinearModel.fromStandardised(new double[][] {w.data.clone()}, new double[] {mean}, s, cols,
                x.columnCount());
        targetName = y.name();
    }

    private String singular(int p, int n) {
        return "ridge regression with lambda = " + lambda + ": the " + p + " features are collinear over the " + n
                + " training bins (ZᵀZ" + (lambda > 0 ? " + λI" : "") + " is singular), so the weights are not"
                + " determined; set lambda > 0" + (p >= n ? " or use fewer features than bins" : "");
    }

    @Override
    public double[] predict(FeatureMatrix x) {
        if (model == null) {
            throw new IllegalStateException("ridge decoder used before fit");
        }
        return model.scores(x).data;
    }

    @Override
    public Optional<LinearWeights> weights() {
        return Optional.ofNullable(model).map(m -> m.weights("target units per unit of feature", List.of(targetName)));
    }
}
