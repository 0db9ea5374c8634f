package org.neurocircuit.decode.decoders;

import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.SpikeCountModel;
import org.neurocircuit.decode.spi.Target;

/**
 * Bayesian decoding of a 1-D variable (Zhang et al. 1998): every count column is an independent
 * Poisson variable given the target, with the tuning curve λ_i(y) of {@link TuningCurves}. The
 * prediction is the maximum a posteriori centre,
 * <pre>
 *   ŷ_t = argmax_j [ log prior_j + Σ_i ( x_ti log λ_ji − λ_ji ) ]
 * </pre>
 * (the {@code log x!} terms do not depend on j). Columns at lags other than 0 are modelled the
 * same way, as counts tuned to the current target. Features must be spike counts.
 */
final class PoissonBayesDecoder implements Decoder, SpikeCountModel {

    private final int targetBins;
    private final double smoothing;
    private final double minCount;
    private final boolean empiricalPrior;
    private TuningCurves curves;

    PoissonBayesDecoder(int targetBins, double smoothing, double minCount, boolean empiricalPrior) {
        this.targetBins = targetBins;
        this.smoothing = smoothing;
        this.minCount = minCount;
        this.empiricalPrior = empiricalPrior;
    }

    @Override
    public void fit(FeatureMatrix x, Target y) {
        for (FeatureColumn c : x.columns()) {
            if (!c.counts()) {
                throw new DecodingException("the Poisson decoder needs spike counts, but feature " + c.label()
                        + " holds a signal in " + c.unit() + "; use spike channels or another decoder");
            }
        }
        for (double v : x.data()) {
            if (v < 0) {
                throw new DecodingException("the Poisson decoder needs counts ≥ 0, but a feature is " + v);
            }
        }
        curves = TuningCurves.fit(x, y, targetBins, smoothing, minCount, empiricalPrior);
    }

    @Override
    public double[] predict(FeatureMatrix x) {
        if (curves == null) {
            throw new IllegalStateException("Poisson decoder used before fit");
        }
        int j = curves.centres().length;
        int p = x.columnCount();
        DMatrixRMaj logRates = new DMatrixRMaj(j, p);
        double[] offset = new double[j];
        for (int c = 0; c < j; c++) {
            for (int i = 0; i < p; i++) {
                logRates.data[c * p + i] = Math.log(curves.rates()[c][i]);
                offset[c] -= curves.rates()[c][i];
            }
            offset[c] += curves.logPrior()[c];
        }
        DMatrixRMaj ll = new DMatrixRMaj(x.rows(), j);
        CommonOps_MT_DDRM.multTransB(DMatrixRMaj.wrap(x.rows(), p, x.data()), logRates, ll);
        double[] v = new double[x.rows()];
        for (int r = 0; r < v.length; r++) {
            int best = -1;
            double bestLl = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < j; c++) {
                double l = ll.data[r * j + c] + offset[c];
                if (l > bestLl) {
                    bestLl = l;
                    best = c;
                }
            }
            v[r] = curves.centres()[best];
        }
        return v;
    }

    /** The fitted tuning curves (tests, views). */
    TuningCurves curves() {
        return curves;
    }

    @Override
    public Optional<SpikeCountModel> countModel() {
        return curves == null ? Optional.empty() : Optional.of(this);
    }

    @Override
    public double[] expectedCounts(double targetValue) {
        return curves.rates()[TuningCurves.nearest(curves.centres(), targetValue)].clone();
    }

    @Override
    public double[] baselineCounts() {
        return curves.baseline().clone();
    }
}
