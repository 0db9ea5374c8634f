package org.neurocircuit.decode.decoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;
import org.neurocircuit.decode.spi.Target;

/**
 * Multinomial logistic regression: {@code P(class k | x) = softmax(W z + b)_k} over all K
 * training classes (the symmetric parameterisation, one weight vector per class), fitted by
 * minimising
 * <pre>
 *   Σ_i −log P(y_i | x_i) + (λ/2) ‖W‖²_F        (intercepts b not penalised)
 * </pre>
 * on features z z-scored with the training mean and sd when {@code standardize} (columns constant
 * in training left out). This is scikit-learn's
 * {@code LogisticRegression(multi_class="multinomial", C=1/λ)} after {@code StandardScaler}, also
 * for two classes. Solver: L-BFGS from zero ({@link Lbfgs}), which keeps Σ_k b_k = 0 as
 * scikit-learn's solvers do. Predicts the most probable class.
 */
final class LogisticDecoder implements Decoder {

    private final double lambda;
    private final boolean standardize;
    private final int maxIterations;
    private final double tolerance;
    private ClassScores fitted;
    private final List<String> notes = new ArrayList<>();

    LogisticDecoder(double lambda, boolean standardize, int maxIterations, double tolerance) {
        this.lambda = lambda;
        this.standardize = standardize;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    public void fit(FeatureMatrix x, Target y) {
        notes.clear();
        double[] classes = y.classes();
        int[] cols = ColumnSelection.varying(x, LogisticProvider.ID);
        String ignored = ColumnSelection.note(cols, x.columnCount());
        if (ignored != null) {
            notes.add(ignored);
        }
        DMatrixRMaj z = ColumnSelection.gather(x, cols);
        Standardizer s = Standardizer.fit(z, standardize);
        s.apply(z);
        LogisticObjective f = new LogisticObjective(z, y.classIndices(classes), classes.length, lambda);
        Lbfgs.Outcome o = Lbfgs.minimise(f, new double[f.size()], maxIterations, tolerance);
        if (!o.converged()) {
            notes.add("logistic regression stopped after " + o.iterations() + " L-BFGS iterations with a largest"
                    + " gradient component of " + o.gradientMax() + " (tolerance " + tolerance + ")");
        }
        int p = cols.length;
        double[][] w = new double[classes.length][p];
        double[] b = new double[classes.length];
        for (int k = 0; k < classes.length; k++) {
            System.arraycopy(o.x(), k * p, w[k], 0, p);
            b[k] = o.x()[classes.length * p + k];
        }
        fitted = new ClassScores(classes, LinearModel.fromStandardised(w, b, s, cols, x.columnCount()));
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
            throw new IllegalStateException("logistic decoder used before fit");
        }
        return fitted;
    }

    @Override
    public Optional<LinearWeights> weights() {
        return Optional.ofNullable(fitted).map(f -> f.weights("class score (log-odds) per unit of feature"));
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
