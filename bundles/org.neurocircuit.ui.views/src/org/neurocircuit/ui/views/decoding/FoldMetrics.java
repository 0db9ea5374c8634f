package org.neurocircuit.ui.views.decoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of the fold table: a fold's scores, their mean over the folds, or the pooled scores of
 * all held-out bins. A score that does not apply (or is undefined) is NaN.
 *
 * @param label "1" … "k", "mean" or "pooled"
 * @param bins bins scored
 * @param r2 coefficient of determination
 * @param pearsonR Pearson correlation
 * @param rmse root mean squared error, target units
 * @param accuracy fraction of bins classified right
 * @param balancedAccuracy mean recall over the classes
 * @param bitsPerSpike Poisson log-likelihood gain, bits per spike
 */
public record FoldMetrics(String label, int bins, double r2, double pearsonR, double rmse, double accuracy,
        double balancedAccuracy, double bitsPerSpike) {

    /** The rows of a stored result: each fold, their mean, the pooled scores. */
    static List<FoldMetrics> rows(List<Map<String, Object>> folds, Map<String, Object> pooled) {
        List<FoldMetrics> rows = new ArrayList<>();
        for (Map<String, Object> f : folds) {
            rows.add(of(String.valueOf(f.get("fold")), metrics(f)));
        }
        rows.add(mean(rows));
        rows.add(of("pooled", pooled));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metrics(Map<String, Object> fold) {
        return (Map<String, Object>) fold.get("metrics");
    }

    private static FoldMetrics of(String label, Map<String, Object> m) {
        return new FoldMetrics(label, ((Number) m.get("bins")).intValue(), number(m, "r2"), number(m, "pearsonR"),
                number(m, "rmse"), number(m, "accuracy"), number(m, "balancedAccuracy"), number(m, "bitsPerSpike"));
    }

    /** The mean of each score over the folds (NaN when any fold's is: as the CLI reports it). */
    private static FoldMetrics mean(List<FoldMetrics> folds) {
        double[] s = new double[6];
        int bins = 0;
        for (FoldMetrics f : folds) {
            double[] v = f.scores();
            for (int i = 0; i < s.length; i++) {
                s[i] += v[i] / folds.size();
            }
            bins += f.bins();
        }
        return new FoldMetrics("mean", bins, s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    /** R², r, RMSE, accuracy, balanced accuracy, bits/spike. */
    double[] scores() {
        return new double[] {r2, pearsonR, rmse, accuracy, balancedAccuracy, bitsPerSpike};
    }

    /** Stored JSON holds null for an undefined score. */
    private static double number(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
