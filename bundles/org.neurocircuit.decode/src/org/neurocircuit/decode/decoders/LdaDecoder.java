package org.neurocircuit.decode.decoders;

import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;
import org.neurocircuit.decode.spi.Target;

/**
 * Linear discriminant analysis: Gaussian classes with a shared covariance. With π_k = n_k/n the
 * class frequencies, μ_k the class means and S = (1/n) Σ_i (x_i − μ_{y_i})(x_i − μ_{y_i})ᵀ the
 * pooled within-class covariance (maximum likelihood),
 * <pre>
 *   Σ = (1 − α) S + α (tr S / p) I                (α = shrinkage, towards a scaled identity)
 *   score_k(x) = xᵀ Σ⁻¹ μ_k − ½ μ_kᵀ Σ⁻¹ μ_k + log π_k
 * </pre>
 * and the class of the highest score; probabilities are the softmax of the scores. This is
 * scikit-learn's {@code LinearDiscriminantAnalysis(solver="lsqr", shrinkage=α)} (it shrinks each
 * class's covariance the same way, which pools to the same Σ) and the regularised LDA of
 * Blankertz et al. (2011, NeuroImage 56:814). Columns constant in training are left out; Σ⁻¹μ by
 * EJML's Cholesky solve.
 */
final class LdaDecoder implements Decoder {

    private final double shrinkage;
    private ClassScores fitted;
    private String ignored;

    LdaDecoder(double shrinkage) {
        this.shrinkage = shrinkage;
    }

    @Override
    public void fit(FeatureMatrix x, Target y) {
        double[] classes = y.classes();
        int[] cls = y.classIndices(classes);
        int[] cols = ColumnSelection.varying(x, LdaProvider.ID);
        ignored = ColumnSelection.note(cols, x.columnCount());
        DMatrixRMaj z = ColumnSelection.gather(x, cols);
        int n = z.numRows;
        int p = z.numCols;
        int k = classes.length;
        DMatrixRMaj means = new DMatrixRMaj(k, p);
        int[] count = new int[k];
        for (int r = 0; r < n; r++) {
            count[cls[r]]++;
            for (int c = 0; c < p; c++) {
                means.data[cls[r] * p + c] += z.data[r * p + c];
            }
        }
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < p; c++) {
                means.data[j * p + c] /= count[j];
            }
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < p; c++) {
                z.data[r * p + c] -= means.data[cls[r] * p + c];
            }
        }
        DMatrixRMaj sigma = Matrices.gram(z);
        CommonOps_DDRM.scale(1.0 / n, sigma);
        double nu = CommonOps_DDRM.trace(sigma) / p;
        CommonOps_DDRM.scale(1 - shrinkage, sigma);
        Matrices.addDiagonal(sigma, shrinkage * nu);
        DMatrixRMaj meansT = CommonOps_DDRM.transpose(means, null);
        DMatrixRMaj coef = Matrices.solveSpd(sigma, meansT, () -> singular(p, n));
        double[][] w = new double[k][p];
        double[] b = new double[k];
        for (int j = 0; j < k; j++) {
            double quad = 0;
            for (int c = 0; c < p; c++) {
                w[j][c] = coef.get(c, j);
                quad += w[j][c] * means.get(j, c);
            }
            b[j] = -0.5 * quad + Math.log((double) count[j] / n);
        }
        fitted = new ClassScores(classes,
                LinearModel.fromStandardised(w, b, Standardizer.centring(new double[p]), cols, x.columnCount()));
    }

    private String singular(int p, int n) {
        return "LDA" + (shrinkage > 0 ? " with shrinkage " + shrinkage : "") + ": the within-class covariance of the "
                + p + " features over " + n + " training bins is singular (collinear features"
                + (p >= n ? ", or fewer bins than features" : "") + "); set a shrinkage > 0";
    }

    @Override
    public double[] predict(FeatureMatrix x) {
        return fitted().predict(x);
    }

    @Override
    public Optional<double[][]> probabilities(FeatureMatrix x) {
        return Optional.of(fitted().probabilities(x));
    }

    private ClassScores fitted() {
        if (fitted == null) {
            throw new IllegalStateException("LDA decoder used before fit");
        }
        return fitted;
    }

    @Override
    public Optional<LinearWeights> weights() {
        return Optional.ofNullable(fitted).map(f -> f.weights("discriminant score per unit of feature"));
    }

    @Override
    public List<String> notes() {
        return ignored == null ? List.of() : List.of(ignored);
    }
}
