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
 * Decodes the target as the state of a Kalman filter whose observations are the feature columns
 * (binned counts or signals): the state is the target, or the target and its velocity
 * ({@code (y_t − y_{t−1}) / Δt} in target units per second, Δt the bin width; a forward difference
 * at a segment's first bin). The model is fitted by least squares ({@link KalmanModel}); the
 * prediction is the filtered state (causal window) or the Rauch–Tung–Striebel smoothed state
 * (centred window, which may use future bins) — see {@link KalmanFilter}.
 */
final class KalmanDecoder implements Decoder {

    private final boolean velocity;
    private final double qShrinkage;
    private KalmanModel model;
    private int featureColumns;
    private final List<String> notes = new ArrayList<>();

    KalmanDecoder(boolean velocity, double qShrinkage) {
        this.velocity = velocity;
        this.qShrinkage = qShrinkage;
    }

    @Override
    public void fit(FeatureMatrix x, Target y) {
        notes.clear();
        int d = velocity ? 2 : 1;
        DMatrixRMaj states = new DMatrixRMaj(x.rows(), d);
        double perSecond = 1000.0 / x.binMs();
        for (int r = 0; r < x.rows(); r++) {
            states.data[r * d] = y.value(r);
            if (velocity) {
                boolean first = x.startsSegment(r);
                boolean last = r + 1 == x.rows() || x.startsSegment(r + 1);
                double dy = first ? (last ? 0 : y.value(r + 1) - y.value(r)) : y.value(r) - y.value(r - 1);
                states.data[r * d + 1] = dy * perSecond;
            }
        }
        model = KalmanModel.fit(x, states, qShrinkage);
        featureColumns = x.columnCount();
        String ignored = ColumnSelection.note(model.columns(), featureColumns);
        if (ignored != null) {
            notes.add(ignored);
        }
    }

    @Override
    public double[] predict(FeatureMatrix x) {
        if (model == null) {
            throw new IllegalStateException("Kalman decoder used before fit");
        }
        if (x.columnCount() != featureColumns) {
            throw new IllegalArgumentException("the decoder was fitted on " + featureColumns + " feature columns, not "
                    + x.columnCount());
        }
        double[][] s = KalmanFilter.run(model, x, !x.window().isCausal());
        double[] v = new double[s.length];
        for (int t = 0; t < v.length; t++) {
            v[t] = s[t][0];
        }
        return v;
    }

    /** The fitted model (tests, views). */
    KalmanModel model() {
        return model;
    }

    @Override
    public Optional<LinearWeights> weights() {
        if (model == null) {
            return Optional.empty();
        }
        int d = model.a().numRows;
        double[][] w = new double[d][];
        for (int i = 0; i < d; i++) {
            double[] col = new double[model.columns().length];
            for (int j = 0; j < col.length; j++) {
                col[j] = model.h().get(j, i);
            }
            w[i] = ColumnSelection.spread(col, model.columns(), featureColumns);
        }
        return Optional.of(new LinearWeights("observation model H: feature change per unit of state",
                velocity ? List.of("target", "velocity") : List.of("target"), w, new double[d]));
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
