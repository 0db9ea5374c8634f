package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * The penalised multinomial negative log-likelihood per bin,
 * <pre>
 *   f(W, b) = (1/n) [ Σ_i −log softmax(W z_i + b)_{y_i} + (λ/2) ‖W‖²_F ]
 * </pre>
 * and its gradient, with θ = (W row-major, classes × features; then b). The products with the
 * n × p data go through EJML.
 */
final class LogisticObjective implements Lbfgs.Objective {

    private final DMatrixRMaj z;
    private final int[] y;
    private final int classes;
    private final double lambda;
    private final DMatrixRMaj w;
    private final DMatrixRMaj scores;
    private final DMatrixRMaj gradW;

    LogisticObjective(DMatrixRMaj z, int[] y, int classes, double lambda) {
        this.z = z;
        this.y = y;
        this.classes = classes;
        this.lambda = lambda;
        this.w = new DMatrixRMaj(classes, z.numCols);
        this.scores = new DMatrixRMaj(z.numRows, classes);
        this.gradW = new DMatrixRMaj(classes, z.numCols);
    }

    /** Parameters: classes × features weights, then one intercept per class. */
    int size() {
        return classes * (z.numCols + 1);
    }

    @Override
    public double evaluate(double[] theta, double[] gradient) {
        int p = z.numCols;
        int n = z.numRows;
        int kp = classes * p;
        System.arraycopy(theta, 0, w.data, 0, kp);
        CommonOps_MT_DDRM.multTransB(z, w, scores);
        double[] s = scores.data;
        double picked = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < classes; k++) {
                s[i * classes + k] += theta[kp + k];
            }
            picked += s[i * classes + y[i]];
        }
        double loss = Softmax.inPlace(scores) - picked;
        for (int i = 0; i < n; i++) {
            s[i * classes + y[i]] -= 1; // scores now hold P − Y
        }
        CommonOps_MT_DDRM.multTransA(scores, z, gradW);
        double penalty = 0;
        for (int j = 0; j < kp; j++) {
            penalty += theta[j] * theta[j];
            gradient[j] = (gradW.data[j] + lambda * theta[j]) / n;
        }
        for (int k = 0; k < classes; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += s[i * classes + k];
            }
            gradient[kp + k] = sum / n;
        }
        return (loss + lambda / 2 * penalty) / n;
    }
}
