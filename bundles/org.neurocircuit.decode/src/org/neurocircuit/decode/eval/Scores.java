package org.neurocircuit.decode.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The scores of predictions over some bins (one fold's test bins, or all of them pooled). A score
 * that does not apply to the decoder's kind, or is undefined for these bins, is NaN, and
 * {@link #notes} says why when it is undefined.
 *
 * @param bins the number of bins scored
 * @param r2 coefficient of determination {@code 1 - SS_res / SS_tot}, SS_tot about these bins' mean
 * @param pearsonR Pearson correlation of prediction and truth
 * @param rmse root mean squared error, target units
 * @param accuracy fraction of bins whose class is predicted right
 * @param balancedAccuracy mean recall over the classes present
 * @param confusion the confusion matrix (classification), else {@code null}
 * @param bitsPerSpike Poisson log-likelihood gain over a homogeneous model, bits per spike
 * @param notes why a score is undefined
 */
public record Scores(int bins, double r2, double pearsonR, double rmse, double accuracy, double balancedAccuracy,
        ConfusionMatrix confusion, double bitsPerSpike, List<String> notes) {

    public Scores {
        notes = List.copyOf(notes);
    }

    /** R², Pearson r and RMSE of a continuous prediction. */
    public static Scores regression(double[] truth, double[] predicted) {
        int n = truth.length;
        List<String> notes = new ArrayList<>();
        double mt = mean(truth);
        double mp = mean(predicted);
        double ssRes = 0;
        double ssTot = 0;
        double spp = 0;
        double stp = 0;
        for (int i = 0; i < n; i++) {
            double e = truth[i] - predicted[i];
            double dt = truth[i] - mt;
            double dp = predicted[i] - mp;
            ssRes += e * e;
            ssTot += dt * dt;
            spp += dp * dp;
            stp += dt * dp;
        }
        double r2 = Double.NaN;
        double r = Double.NaN;
        if (ssTot == 0) {
            notes.add("R² and r are undefined: the target is constant over these " + n + " bins");
        } else {
            r2 = 1 - ssRes / ssTot;
            if (spp == 0) {
                notes.add("r is undefined: the prediction is constant over these " + n + " bins");
            } else {
                r = stp / Math.sqrt(ssTot * spp);
            }
        }
        double rmse = n == 0 ? Double.NaN : Math.sqrt(ssRes / n);
        return new Scores(n, r2, r, rmse, Double.NaN, Double.NaN, null, Double.NaN, notes);
    }

    /** Accuracy, balanced accuracy and the confusion matrix of a class prediction. */
    public static Scores classification(double[] truth, double[] predicted, double[] classes) {
        return of(ConfusionMatrix.of(truth, predicted, classes), truth.length);
    }

    /** The scores of a confusion matrix. */
    public static Scores of(ConfusionMatrix m, int bins) {
        return new Scores(bins, Double.NaN, Double.NaN, Double.NaN, m.accuracy(), m.balancedAccuracy(), m, Double.NaN,
                List.of());
    }

    /** These scores with bits per spike set. */
    public Scores withBitsPerSpike(double bits, String note) {
        List<String> n = new ArrayList<>(notes);
        if (note != null) {
            n.add(note);
        }
        return new Scores(bins, r2, pearsonR, rmse, accuracy, balancedAccuracy, confusion, bits, n);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
