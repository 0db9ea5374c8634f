package org.neurocircuit.decode.decoders;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;

/**
 * The filter recursion of a {@link KalmanModel} over the rows of a feature matrix, restarted at
 * each segment start from the state mean with covariance P0. Per bin, in information form (the
 * state has one or two dimensions while the observation has hundreds, so only d × d matrices are
 * inverted per bin; Q⁻¹H is computed once):
 * <pre>
 *   prior:      s⁻ = A ŝ_{t−1}                 P⁻ = A P_{t−1} Aᵀ + W
 *   posterior:  P  = (P⁻⁻¹ + HᵀQ⁻¹H)⁻¹         ŝ  = s⁻ + P HᵀQ⁻¹ (z_t − H s⁻)
 * </pre>
 * which equals the usual gain form K = P⁻Hᵀ(HP⁻Hᵀ + Q)⁻¹. When the history window is not causal,
 * the Rauch–Tung–Striebel smoother then runs backwards over each segment:
 * {@code ŝ_t ← ŝ_t + P_t Aᵀ (P⁻_{t+1})⁻¹ (ŝ_{t+1} − s⁻_{t+1})}.
 */
final class KalmanFilter {

    private KalmanFilter() {
    }

    /** The estimated state of every row (rows × d), means added back. */
    static double[][] run(KalmanModel m, FeatureMatrix x, boolean smooth) {
        int n = x.rows();
        int d = m.a().numRows;
        DMatrixRMaj z = ColumnSelection.gather(x, m.columns());
        Standardizer.centring(m.observationMean()).apply(z);
        DMatrixRMaj qInvH = m.qInvH();
        DMatrixRMaj info = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(m.h(), qInvH, info); // HᵀQ⁻¹H
        DMatrixRMaj u = new DMatrixRMaj(n, d);
        CommonOps_DDRM.mult(z, qInvH, u); // row t: (HᵀQ⁻¹ z_t)ᵀ

        double[][] post = new double[n][d];
        double[][] prior = new double[n][d];
        DMatrixRMaj[] postCov = smooth ? new DMatrixRMaj[n] : null;
        DMatrixRMaj[] priorCov = smooth ? new DMatrixRMaj[n] : null;
        DMatrixRMaj pPrev = m.p0().copy();
        DMatrixRMaj pPrior = new DMatrixRMaj(d, d);
        DMatrixRMaj tmp = new DMatrixRMaj(d, d);
        DMatrixRMaj pPost = new DMatrixRMaj(d, d);
        DMatrixRMaj sPrev = new DMatrixRMaj(d, 1);
        DMatrixRMaj sPrior = new DMatrixRMaj(d, 1);
        DMatrixRMaj innov = new DMatrixRMaj(d, 1);
        DMatrixRMaj gain = new DMatrixRMaj(d, 1);
        for (int t = 0; t < n; t++) {
            if (x.startsSegment(t)) {
                sPrior.zero();
                pPrior.setTo(m.p0());
            } else {
                CommonOps_DDRM.mult(m.a(), sPrev, sPrior);
                CommonOps_DDRM.mult(m.a(), pPrev, tmp);
                CommonOps_DDRM.multTransB(tmp, m.a(), pPrior);
                CommonOps_DDRM.addEquals(pPrior, m.w());
            }
            invert(pPrior, tmp);
            CommonOps_DDRM.addEquals(tmp, info);
            invert(tmp, pPost);
            CommonOps_DDRM.mult(info, sPrior, innov);
            for (int i = 0; i < d; i++) {
                innov.data[i] = u.data[t * d + i] - innov.data[i];
            }
            CommonOps_DDRM.mult(pPost, innov, gain);
            CommonOps_DDRM.add(sPrior, gain, sPrev);
            System.arraycopy(sPrior.data, 0, prior[t], 0, d);
            System.arraycopy(sPrev.data, 0, post[t], 0, d);
            pPrev.setTo(pPost);
            if (smooth) {
                postCov[t] = pPost.copy();
                priorCov[t] = pPrior.copy();
            }
        }
        if (smooth) {
            Smoother.backwards(m.a(), x, post, prior, postCov, priorCov);
        }
        for (double[] s : post) {
            for (int i = 0; i < d; i++) {
                s[i] += m.stateMean()[i];
            }
        }
        return post;
    }

    private static void invert(DMatrixRMaj a, DMatrixRMaj out) {
        if (!CommonOps_DDRM.invert(a, out)) {
            throw new DecodingException("Kalman filter: a state covariance became singular; the target may be"
                    + " (nearly) constant or perfectly predictable from the features");
        }
    }

    /** The Rauch–Tung–Striebel pass over each segment, in place on the filtered states. */
    private static final class Smoother {

        private Smoother() {
        }

        static void backwards(DMatrixRMaj a, FeatureMatrix x, double[][] post, double[][] prior, DMatrixRMaj[] postCov,
                DMatrixRMaj[] priorCov) {
            int d = a.numRows;
            DMatrixRMaj inv = new DMatrixRMaj(d, d);
            DMatrixRMaj pa = new DMatrixRMaj(d, d);
            DMatrixRMaj c = new DMatrixRMaj(d, d);
            DMatrixRMaj diff = new DMatrixRMaj(d, 1);
            DMatrixRMaj corr = new DMatrixRMaj(d, 1);
            for (int t = x.rows() - 2; t >= 0; t--) {
                if (x.startsSegment(t + 1)) {
                    continue; // the last bin of a segment keeps its filtered state
                }
                invert(priorCov[t + 1], inv);
                CommonOps_DDRM.multTransB(postCov[t], a, pa);
                CommonOps_DDRM.mult(pa, inv, c);
                for (int i = 0; i < d; i++) {
                    diff.data[i] = post[t + 1][i] - prior[t + 1][i];
                }
                CommonOps_DDRM.mult(c, diff, corr);
                for (int i = 0; i < d; i++) {
                    post[t][i] += corr.data[i];
                }
            }
        }
    }
}
