package org.neurocircuit.examples.decoder;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.Target;

/**
 * k-nearest-neighbours decoding: a bin's target is read off the k training bins whose activity
 * (all feature columns of the history window) is most alike: their mean for regression, their
 * majority class for classification. Neighbours count equally ("uniform") or by the inverse of
 * their distance ("distance"). It makes no assumption about how activity encodes the target,
 * which makes it a useful check on the linear decoders; it needs many training bins per
 * distinguishable state.
 */
final class KnnDecoder implements Decoder {

    /** Added to distances before inverting them, so that an exact match does not divide by zero. */
    private static final double EPSILON = 1e-9;

    private final DecoderKind kind;
    private final int k;
    private final boolean byDistance;
    private final boolean standardize;
    private final List<String> notes = new ArrayList<>();
    private NearestNeighbours train;
    private double[] y;
    private double[] classes;
    private int[] classOf;
    private int used;

    KnnDecoder(DecoderKind kind, int k, String weighting, boolean standardize) {
        this.kind = kind;
        this.k = k;
        this.byDistance = "distance".equals(weighting);
        this.standardize = standardize;
    }

    @Override
    public void fit(FeatureMatrix x, Target target) {
        if (x.rows() == 0) {
            throw new DecodingException("k-nearest neighbours: no training bins; give a longer run or fewer folds");
        }
        notes.clear();
        train = new NearestNeighbours(x, standardize);
        y = target.values().clone();
        used = Math.min(k, x.rows());
        if (used < k) {
            notes.add("k = " + k + " exceeds the " + x.rows() + " training bins; " + used + " neighbours used");
        }
        if (train.ignoredColumns() > 0) {
            notes.add(train.ignoredColumns() + " constant feature column(s) ignored (e.g. silent neurons)");
        }
        if (kind == DecoderKind.CLASSIFICATION) {
            classes = target.classes();
            classOf = target.classIndices(classes);
        }
    }

    @Override
    public double[] predict(FeatureMatrix x) {
        if (train == null) {
            throw new IllegalStateException("predict before fit");
        }
        double[] out = new double[x.rows()];
        int[] index = new int[used];
        double[] distance = new double[used];
        for (int r = 0; r < out.length; r++) {
            train.nearest(train.transform(x, r), used, index, distance);
            out[r] = kind == DecoderKind.CLASSIFICATION ? vote(index, distance) : mean(index, distance);
        }
        return out;
    }

    private double mean(int[] index, double[] distance) {
        double sum = 0;
        double weights = 0;
        for (int m = 0; m < index.length; m++) {
            double w = weight(distance[m]);
            sum += w * y[index[m]];
            weights += w;
        }
        return sum / weights;
    }

    /** The class with the most (weighted) votes; a tie goes to the class of the nearest neighbour among them. */
    private double vote(int[] index, double[] distance) {
        double[] votes = new double[classes.length];
        for (int m = 0; m < index.length; m++) {
            votes[classOf[index[m]]] += weight(distance[m]);
        }
        int best = classOf[index[0]];
        for (int c = 0; c < votes.length; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return classes[best];
    }

    private double weight(double d) {
        return byDistance ? 1 / (d + EPSILON) : 1;
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
