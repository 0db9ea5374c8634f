package org.neurocircuit.examples.decoder;

import java.util.PriorityQueue;

import org.neurocircuit.decode.spi.FeatureMatrix;

/**
 * The training rows, z-scored with their own means and standard deviations, and a search for the
 * k nearest of them (Euclidean distance) to a new row. Columns constant over the training rows
 * carry no information and are left out of the distance.
 */
final class NearestNeighbours {

    private final double[][] rows;
    private final double[] mean;
    private final double[] scale;
    private final boolean[] used;
    private final int ignored;

    /** @param standardize z-score the columns (else only centre them) */
    NearestNeighbours(FeatureMatrix x, boolean standardize) {
        int n = x.rows();
        int c = x.columnCount();
        mean = new double[c];
        scale = new double[c];
        used = new boolean[c];
        int skipped = 0;
        for (int j = 0; j < c; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += x.get(i, j);
            }
            mean[j] = s / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double d = x.get(i, j) - mean[j];
                ss += d * d;
            }
            double sd = Math.sqrt(ss / n);
            used[j] = sd > 0;
            skipped += used[j] ? 0 : 1;
            scale[j] = used[j] && standardize ? 1 / sd : 1;
        }
        ignored = skipped;
        rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = transform(x, i);
        }
    }

    /** The number of training rows. */
    int size() {
        return rows.length;
    }

    /** The number of constant columns left out. */
    int ignoredColumns() {
        return ignored;
    }

    /** Row {@code row} of {@code x} in the training rows' coordinates. */
    double[] transform(FeatureMatrix x, int row) {
        double[] v = new double[mean.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = used[j] ? (x.get(row, j) - mean[j]) * scale[j] : 0;
        }
        return v;
    }

    /**
     * The {@code k} nearest training rows to {@code v}, nearest first, as {index, distance}
     * pairs in {@code index} and {@code distance}.
     */
    void nearest(double[] v, int k, int[] index, double[] distance) {
        // A max-heap of the k best so far: the root is the farthest of them.
        PriorityQueue<double[]> best = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(b[0], a[0]));
        for (int i = 0; i < rows.length; i++) {
            double d = 0;
            double[] r = rows[i];
            for (int j = 0; j < v.length; j++) {
                double e = r[j] - v[j];
                d += e * e;
            }
            if (best.size() < k) {
                best.add(new double[] {d, i});
            } else if (d < best.peek()[0]) {
                best.poll();
                best.add(new double[] {d, i});
            }
        }
        for (int m = best.size() - 1; m >= 0; m--) {
            double[] e = best.poll();
            index[m] = (int) e[1];
            distance[m] = Math.sqrt(e[0]);
        }
    }
}
