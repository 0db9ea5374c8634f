package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;

/**
 * A linear-Gaussian state-space model fitted by least squares as in Wu et al. (2003, NIPS 15,
 * "Neural decoding of cursor motion using a Kalman filter"), on centred states s and centred
 * observations z:
 * <pre>
 *   s_{t+1} = A s_t + w_t,  w ~ N(0, W)    A = S₂ᵀS₁ (S₁ᵀS₁)⁻¹   W = (S₂ − S₁Aᵀ)ᵀ(S₂ − S₁Aᵀ) / M
 *   z_t     = H s_t + q_t,  q ~ N(0, Q)    H = ZᵀS (SᵀS)⁻¹       Q = (Z − SHᵀ)ᵀ(Z − SHᵀ) / n
 * </pre>
 * S₁, S₂ are the M pairs of consecutive training bins (never across a fold's gap), S and Z all n
 * training bins (maximum-likelihood divisors M and n). Q is optionally shrunk towards its
 * diagonal. The state's covariance over training, {@code P0 = SᵀS / n}, starts each segment.
 *
 * @param a state transition, d × d
 * @param w state noise covariance, d × d
 * @param h observation matrix, p × d (p = used feature columns)
 * @param q observation noise covariance, p × p
 * @param qInvH Q⁻¹H, p × d (what the filter needs of Q; computing it checks that Q is invertible)
 * @param p0 initial state covariance, d × d
 * @param stateMean training mean of the state (added back to predictions)
 * @param observationMean training mean of each used column
 * @param columns the used feature columns
 */
record KalmanModel(DMatrixRMaj a, DMatrixRMaj w, DMatrixRMaj h, DMatrixRMaj q, DMatrixRMaj qInvH, DMatrixRMaj p0,
        double[] stateMean, double[] observationMean, int[] columns) {

    /**
     * Fits the model to states (n × d, one row per row of {@code x}) and the varying columns of {@code x}.
     *
     * @param qShrinkage weight of diag(Q) in the shrunk Q, in [0, 1]
     */
    static KalmanModel fit(FeatureMatrix x, DMatrixRMaj states, double qShrinkage) {
        int n = x.rows();
        int d = states.numCols;
        int[] cols = ColumnSelection.varying(x, KalmanProvider.ID);
        DMatrixRMaj z = ColumnSelection.gather(x, cols);
        Standardizer zc = Standardizer.fit(z, false);
        zc.apply(z);
        DMatrixRMaj s = states.copy();
        Standardizer sc = Standardizer.fit(s, false);
        sc.apply(s);
        int p = cols.length;

        DMatrixRMaj sts = Matrices.gram(s);
        DMatrixRMaj p0 = sts.copy();
        CommonOps_DDRM.scale(1.0 / n, p0);
        DMatrixRMaj ht = Matrices.solveSpd(sts.copy(), Matrices.transA(s, z), () -> "Kalman filter: the target is"
                + " constant over the " + n + " training bins, so its tuning cannot be fitted");
        DMatrixRMaj h = CommonOps_DDRM.transpose(ht, null);
        CommonOps_MT_DDRM.multAdd(-1, s, ht, z); // z now holds the residuals Z − S Hᵀ
        DMatrixRMaj q = Matrices.gram(z);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                q.data[i * p + j] *= (i == j ? 1 : 1 - qShrinkage) / n;
            }
        }

        int pairs = 0;
        for (int r = 1; r < n; r++) {
            pairs += x.startsSegment(r) ? 0 : 1;
        }
        if (pairs <= d) {
            throw new DecodingException("Kalman filter: the training bins hold only " + pairs + " pairs of consecutive"
                    + " bins, too few to fit the state dynamics; use fewer folds or a longer recording");
        }
        DMatrixRMaj s1 = new DMatrixRMaj(pairs, d);
        DMatrixRMaj s2 = new DMatrixRMaj(pairs, d);
        for (int r = 1, m = 0; r < n; r++) {
            if (!x.startsSegment(r)) {
                System.arraycopy(s.data, (r - 1) * d, s1.data, m * d, d);
                System.arraycopy(s.data, r * d, s2.data, m * d, d);
                m++;
            }
        }
        DMatrixRMaj at = Matrices.solveSpd(Matrices.gram(s1), Matrices.transA(s1, s2),
                () -> "Kalman filter: the target does not change between consecutive training bins");
        CommonOps_DDRM.multAdd(-1, s1, at, s2); // s2 now holds the residuals S₂ − S₁Aᵀ
        DMatrixRMaj w = Matrices.gram(s2);
        CommonOps_DDRM.scale(1.0 / pairs, w);
        DMatrixRMaj qInvH = Matrices.solveSpd(q.copy(), h, () -> "Kalman filter: the observation noise covariance Q"
                + " of the " + p + " features is singular (collinear features, or fewer training bins than features);"
                + " set qShrinkage > 0");
        return new KalmanModel(CommonOps_DDRM.transpose(at, null), w, h, q, qInvH, p0, sc.mean(), zc.mean(), cols);
    }
}
