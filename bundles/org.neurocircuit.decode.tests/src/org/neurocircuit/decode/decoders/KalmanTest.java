package org.neurocircuit.decode.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.eval.CrossValidation;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.fixtures.TestData;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.Target;

/** The Kalman filter on simulated linear-Gaussian systems. */
class KalmanTest {

    private static final int T = 40_000;
    private static final double A = 0.95;
    private static final double W = 0.2;
    private static final double[] H = {1.5, -0.8, 0.3, 2.0, -1.7, 0.9, 0.0, -0.4, 1.1, 0.6};
    private static final double[] OFFSET = {5, 3, 8, 4, 6, 2, 7, 5, 3, 4};

    /** s_{t+1} = A s_t + w, z_t = H s_t + c + q with Q = L Lᵀ (correlated noise). */
    private record Simulation(double[] states, double[][] observations, DMatrixRMaj q) {
    }

    private static Simulation simulate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int m = H.length;
        DMatrixRMaj l = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            l.set(i, i, 0.5 + 0.1 * i);
            if (i > 0) {
                l.set(i, i - 1, 0.3);
            }
        }
        DMatrixRMaj q = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransB(l, l, q);
        double[] s = new double[T];
        double[][] z = new double[T][m];
        double state = 0;
        double[] e = new double[m];
        for (int t = 0; t < T; t++) {
            double w = TestData.gaussian(r);
            state = t == 0 ? Math.sqrt(W / (1 - A * A)) * w : A * state + Math.sqrt(W) * w;
            s[t] = state;
            for (int i = 0; i < m; i++) {
                e[i] = TestData.gaussian(r);
            }
            for (int i = 0; i < m; i++) {
                double noise = 0;
                for (int j = 0; j <= i; j++) {
                    noise += l.get(i, j) * e[j];
                }
                z[t][i] = OFFSET[i] + H[i] * state + noise;
            }
        }
        return new Simulation(s, z, q);
    }

    @Test
    void leastSquaresFitRecoversTheSimulatedSystem() {
        Simulation sim = simulate(42);
        KalmanDecoder d = (KalmanDecoder) new KalmanProvider().create(Map.of());
        d.fit(TestData.matrix(sim.observations()), TestData.target(sim.states()));
        KalmanModel m = d.model();
        assertEquals(A, m.a().get(0, 0), 0.01, "A");
        assertEquals(W, m.w().get(0, 0), 0.05 * W, "W");
        double hErr = 0;
        for (int i = 0; i < H.length; i++) {
            hErr = Math.max(hErr, Math.abs(H[i] - m.h().get(i, 0)));
            assertEquals(OFFSET[i], m.observationMean()[i] - m.h().get(i, 0) * m.stateMean()[0], 0.05, "offset " + i);
        }
        double qErr = 0;
        for (int i = 0; i < H.length; i++) {
            for (int j = 0; j < H.length; j++) {
                double want = sim.q().get(i, j);
                double scale = Math.sqrt(sim.q().get(i, i) * sim.q().get(j, j));
                qErr = Math.max(qErr, Math.abs(want - m.q().get(i, j)) / scale);
            }
        }
        System.out.printf("kalman fit: A %.4f (true %.2f), W %.4f (true %.2f), max |ΔH| %.4f, max |ΔQ|/sd² %.4f%n",
                m.a().get(0, 0), A, m.w().get(0, 0), W, hErr, qErr);
        assertTrue(hErr < 0.02, "H differs by " + hErr);
        assertTrue(qErr < 0.03, "Q differs by " + qErr + " (relative to the noise sd)");
    }

    @Test
    void informationFormEqualsTheTextbookGainForm() {
        Simulation sim = simulate(7);
        KalmanDecoder d = (KalmanDecoder) new KalmanProvider().create(Map.of());
        FeatureMatrix x = TestData.matrix(sim.observations());
        d.fit(x, TestData.target(sim.states()));
        double[] fast = d.predict(x);
        double[] slow = gainForm(d.model(), sim.observations());
        double diff = TestData.maxAbsDiff(fast, slow);
        System.out.printf("kalman filter: information form vs gain form, max |Δ| %.1e%n", diff);
        assertTrue(diff < 1e-9, "the recursions differ by " + diff);
    }

    /** x⁻ = A x, P⁻ = A P Aᵀ + W, K = P⁻Hᵀ(HP⁻Hᵀ + Q)⁻¹, x = x⁻ + K(z − c − Hx⁻), P = (I − KH)P⁻. */
    private static double[] gainForm(KalmanModel m, double[][] z) {
        int p = m.h().numRows;
        double a = m.a().get(0, 0);
        double w = m.w().get(0, 0);
        double x = 0;
        double pc = m.p0().get(0, 0);
        double[] out = new double[z.length];
        DMatrixRMaj s = new DMatrixRMaj(p, p);
        DMatrixRMaj sInv = new DMatrixRMaj(p, p);
        for (int t = 0; t < z.length; t++) {
            double xPrior = t == 0 ? 0 : a * x;
            double pPrior = t == 0 ? m.p0().get(0, 0) : a * pc * a + w;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    s.set(i, j, m.h().get(i, 0) * pPrior * m.h().get(j, 0) + m.q().get(i, j));
                }
            }
            CommonOps_DDRM.invert(s, sInv);
            double innovationGain = 0;
            double kh = 0;
            for (int j = 0; j < p; j++) {
                double k = 0;
                for (int i = 0; i < p; i++) {
                    k += pPrior * m.h().get(i, 0) * sInv.get(i, j);
                }
                innovationGain += k * (z[t][j] - m.observationMean()[j] - m.h().get(j, 0) * xPrior);
                kh += k * m.h().get(j, 0);
            }
            x = xPrior + innovationGain;
            pc = (1 - kh) * pPrior;
            out[t] = x + m.stateMean()[0];
        }
        return out;
    }

    @Test
    void velocityStateAndSmoothingDecodeATrajectory() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 6000;
        double binMs = 50;
        double[] pos = new double[n];
        double[][] counts = new double[n][30];
        for (int t = 0; t < n; t++) {
            double sec = t * binMs / 1000;
            pos[t] = Math.sin(2 * Math.PI * 0.11 * sec) + 0.5 * Math.sin(2 * Math.PI * 0.37 * sec + 1);
            double vel = t == 0 ? 0 : (pos[t] - pos[t - 1]) / (binMs / 1000);
            for (int i = 0; i < 30; i++) {
                double angle = 2 * Math.PI * i / 30;
                double rate = 4 + 2.5 * Math.cos(angle) * pos[t] + 1.5 * Math.sin(angle) * vel;
                counts[t][i] = TestData.poisson(r, Math.max(0.1, rate));
            }
        }
        Target y = TestData.target(pos);
        double causal = r2(Map.of("velocity", "true"), TestData.matrix(counts, HistoryWindow.none(), binMs), y);
        FeatureMatrix nonCausal = TestData.matrix(counts, new HistoryWindow(0, 0, false), binMs);
        double smooth = r2(Map.of("velocity", "true"), nonCausal, y);
        double plain = r2(Map.of(), TestData.matrix(counts, HistoryWindow.none(), binMs), y);
        System.out.printf("kalman trajectory: R² filter %.3f, with velocity %.3f, smoothed %.3f%n", plain, causal,
                smooth);
        assertTrue(causal > 0.9, "velocity-state filter R² " + causal);
        assertTrue(smooth > causal, "smoothing (non-causal) should beat filtering: " + smooth + " vs " + causal);
    }

    private static double r2(Map<String, String> params, FeatureMatrix x, Target y) {
        return CrossValidation.run(() -> new KalmanProvider().create(params), DecoderKind.REGRESSION, x, y, 5,
                DecodingMonitor.NONE).pooled().r2();
    }
}
