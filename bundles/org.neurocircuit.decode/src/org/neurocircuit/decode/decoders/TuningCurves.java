package org.neurocircuit.decode.decoders;

import java.util.Arrays;
import java.util.TreeSet;

import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.Target;

/**
 * Expected spike count per bin of every feature column as a function of a 1-D target, estimated
 * on J target bins. The bins' centres are the distinct training values when there are at most J
 * of them (a stimulus with a few levels), else J equal-width bins spanning the training range; a
 * value belongs to its nearest centre. With n_j training bins at centre j and S_ji the summed
 * count of column i there, both are smoothed across equal-width bins with a Gaussian kernel of
 * {@code smoothing} bins (σ; 0 for none; distinct levels are not smoothed: they need not be
 * neighbours in any sense) and
 * <pre>
 *   λ_ji = max(S̃_ji / ñ_j, minCount)
 * </pre>
 * Centres with no smoothed occupancy get prior probability 0.
 *
 * @param centres target value of each centre, ascending
 * @param rates centres × columns expected counts
 * @param logPrior log prior probability of each centre
 * @param baseline each column's mean count over the training bins
 */
record TuningCurves(double[] centres, double[][] rates, double[] logPrior, double[] baseline) {

    static TuningCurves fit(FeatureMatrix x, Target y, int targetBins, double smoothing, double minCount,
            boolean empiricalPrior) {
        double[] distinct = distinctUpTo(y.values(), targetBins);
        double[] centres = distinct != null ? distinct : equalWidth(y, targetBins);
        double sigma = distinct != null ? 0 : smoothing;
        int j = centres.length;
        int p = x.columnCount();
        double[][] sums = new double[j][p];
        double[] occupancy = new double[j];
        double[] baseline = new double[p];
        for (int r = 0; r < x.rows(); r++) {
            int c = nearest(centres, y.value(r));
            occupancy[c]++;
            for (int i = 0; i < p; i++) {
                double k = x.get(r, i);
                sums[c][i] += k;
                baseline[i] += k / x.rows();
            }
        }
        double[][] smoothSums = smooth(sums, sigma);
        double[] smoothOcc = smoothColumn(occupancy, sigma);
        double[][] rates = new double[j][p];
        double[] logPrior = new double[j];
        int usable = 0;
        for (int c = 0; c < j; c++) {
            usable += smoothOcc[c] > 0 ? 1 : 0;
        }
        for (int c = 0; c < j; c++) {
            for (int i = 0; i < p; i++) {
                rates[c][i] = smoothOcc[c] > 0 ? Math.max(smoothSums[c][i] / smoothOcc[c], minCount) : minCount;
            }
            logPrior[c] = smoothOcc[c] <= 0 ? Double.NEGATIVE_INFINITY
                    : empiricalPrior ? Math.log(occupancy[c] / x.rows()) : -Math.log(usable);
        }
        return new TuningCurves(centres, rates, logPrior, baseline);
    }

    /** The index of the centre nearest {@code v} (the lower one on a tie). */
    static int nearest(double[] centres, double v) {
        int i = Arrays.binarySearch(centres, v);
        if (i >= 0) {
            return i;
        }
        int hi = -i - 1;
        if (hi == 0) {
            return 0;
        }
        if (hi == centres.length) {
            return centres.length - 1;
        }
        return v - centres[hi - 1] <= centres[hi] - v ? hi - 1 : hi;
    }

    private static double[] equalWidth(Target y, int targetBins) {
        double lo = Arrays.stream(y.values()).min().orElseThrow();
        double hi = Arrays.stream(y.values()).max().orElseThrow();
        double width = (hi - lo) / targetBins;
        double[] c = new double[targetBins];
        for (int k = 0; k < targetBins; k++) {
            c[k] = lo + (k + 0.5) * width;
        }
        return c;
    }

    /** The sorted distinct values when there are at most {@code limit}, else {@code null}. */
    private static double[] distinctUpTo(double[] values, int limit) {
        TreeSet<Double> set = new TreeSet<>();
        for (double v : values) {
            set.add(v);
            if (set.size() > limit) {
                return null;
            }
        }
        return set.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] smooth(double[][] perCentre, double sigma) {
        int j = perCentre.length;
        int p = perCentre[0].length;
        double[][] out = new double[j][p];
        for (int i = 0; i < p; i++) {
            double[] column = new double[j];
            for (int c = 0; c < j; c++) {
                column[c] = perCentre[c][i];
            }
            double[] s = smoothColumn(column, sigma);
            for (int c = 0; c < j; c++) {
                out[c][i] = s[c];
            }
        }
        return out;
    }

    /** Gaussian smoothing over centre indices, truncated at 4σ, unnormalised at the edges (ratios cancel it). */
    private static double[] smoothColumn(double[] v, double sigma) {
        if (sigma <= 0) {
            return v.clone();
        }
        int reach = (int) Math.ceil(4 * sigma);
        double[] out = new double[v.length];
        for (int c = 0; c < v.length; c++) {
            for (int k = Math.max(0, c - reach); k <= Math.min(v.length - 1, c + reach); k++) {
                out[c] += v[k] * Math.exp(-0.5 * (c - k) * (c - k) / (sigma * sigma));
            }
        }
        return out;
    }
}
