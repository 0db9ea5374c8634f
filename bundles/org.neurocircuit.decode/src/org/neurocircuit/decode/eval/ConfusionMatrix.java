package org.neurocircuit.decode.eval;

import java.util.Arrays;

import org.neurocircuit.decode.spi.DecodingException;

/**
 * Counts of (true class, predicted class) pairs: {@code counts[i][j]} bins of class
 * {@code classes[i]} were predicted as {@code classes[j]}.
 *
 * @param classes the class values, ascending
 * @param counts classes × classes counts, rows the truth
 */
public record ConfusionMatrix(double[] classes, long[][] counts) {

    /** The matrix of predictions against the truth. */
    public static ConfusionMatrix of(double[] truth, double[] predicted, double[] classes) {
        long[][] c = new long[classes.length][classes.length];
        for (int i = 0; i < truth.length; i++) {
            c[indexOf(classes, truth[i])][indexOf(classes, predicted[i])]++;
        }
        return new ConfusionMatrix(classes.clone(), c);
    }

    /** Two matrices of the same classes added up. */
    public ConfusionMatrix plus(ConfusionMatrix o) {
        long[][] c = new long[classes.length][classes.length];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                c[i][j] = counts[i][j] + o.counts[i][j];
            }
        }
        return new ConfusionMatrix(classes, c);
    }

    /** The fraction of bins on the diagonal. */
    public double accuracy() {
        long right = 0;
        long all = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                all += counts[i][j];
                right += i == j ? counts[i][j] : 0;
            }
        }
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /**
     * The mean recall over the classes that occur in the truth (scikit-learn's
     * {@code balanced_accuracy_score}): chance is 1/classes whatever their frequencies.
     */
    public double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int i = 0; i < counts.length; i++) {
            long row = Arrays.stream(counts[i]).sum();
            if (row > 0) {
                sum += (double) counts[i][i] / row;
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    private static int indexOf(double[] classes, double v) {
        int k = Arrays.binarySearch(classes, v);
        if (k < 0) {
            throw new DecodingException("value " + v + " is not one of the classes " + Arrays.toString(classes));
        }
        return k;
    }
}
