package org.neurocircuit.decode.eval;

import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.SpikeCountModel;
import org.neurocircuit.decode.spi.Target;

/**
 * The Poisson log-likelihood of held-out spike counts under a fitted encoding model, given the
 * true target, minus that under the homogeneous model (each column's mean training count), in
 * bits per spike:
 * <pre>
 *   bits/spike = Σ_t Σ_i [ x_ti ln(λ_i(y_t) / λ̄_i) − (λ_i(y_t) − λ̄_i) ] / (ln 2 · Σ_t Σ_i x_ti)
 * </pre>
 * over the count columns the model describes and whose training mean is positive (the
 * {@code ln x!} terms cancel). Kept as a numerator and a spike count so that folds pool exactly.
 *
 * @param gainNats the log-likelihood gain, nats
 * @param spikes the spikes counted
 */
public record BitsPerSpike(double gainNats, double spikes) {

    /** The gain of {@code model} on the rows of {@code x} with their true targets {@code y}. */
    public static BitsPerSpike of(SpikeCountModel model, FeatureMatrix x, Target y) {
        double[] base = model.baselineCounts();
        boolean[] use = new boolean[x.columnCount()];
        for (int c = 0; c < use.length; c++) {
            use[c] = x.columns().get(c).counts() && base[c] > 0;
        }
        double gain = 0;
        double spikes = 0;
        for (int r = 0; r < x.rows(); r++) {
            double[] lambda = model.expectedCounts(y.value(r));
            for (int c = 0; c < use.length; c++) {
                if (use[c] && Double.isFinite(lambda[c]) && lambda[c] > 0) {
                    double k = x.get(r, c);
                    gain += k * Math.log(lambda[c] / base[c]) - (lambda[c] - base[c]);
                    spikes += k;
                }
            }
        }
        return new BitsPerSpike(gain, spikes);
    }

    /** The sum of two folds' figures. */
    public BitsPerSpike plus(BitsPerSpike o) {
        return new BitsPerSpike(gainNats + o.gainNats, spikes + o.spikes);
    }

    /** Bits per spike; NaN without spikes. */
    public double bits() {
        return spikes > 0 ? gainNats / (Math.log(2) * spikes) : Double.NaN;
    }
}
