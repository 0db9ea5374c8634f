package org.neurocircuit.decode.eval;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.HistoryWindow;

/**
 * Blocked, contiguous k-fold cross-validation over time-ordered rows, never shuffled: fold k tests
 * the k-th of k consecutive blocks and trains on the rest. Block sizes follow scikit-learn's
 * {@code KFold}: the first {@code n mod k} blocks have one row more.
 *
 * <p><b>Edge trimming.</b> Row r's features cover rows {@code r - back … r + ahead} (its history
 * window). A row is used in a fold only if its whole window lies on its own side of that fold
 * (training or test), so no test bin's activity reaches a training row and no training bin's
 * reaches a tested row. With block {@code [s, e)}:
 * <ul>
 * <li>tested rows are {@code [s + back, e - ahead)}, except that no row is dropped at the
 * recording's own edges (s = 0, e = n);</li>
 * <li>training rows are those {@code r < s - ahead} or {@code r ≥ e + back}.</li>
 * </ul>
 * For a causal window of h bins this drops the h rows after each boundary: the first h rows of
 * the test block and the first h training rows after it. (The feature matrix has no rows for the
 * first {@code back} and last {@code ahead} bins of the recording at all; see
 * {@code HistoryExpansion}.)
 */
public final class BlockedKFold {

    private BlockedKFold() {
    }

    /**
     * The folds of {@code rows} rows.
     *
     * @throws DecodingException for fewer than 2 folds, or rows too few for every fold to keep a
     *                           tested and a training row, saying how many are needed
     */
    public static List<Fold> split(int rows, int folds, HistoryWindow window) {
        if (folds < 2) {
            throw new DecodingException("cross-validation needs at least 2 folds, was " + folds);
        }
        int back = window.back();
        int ahead = window.ahead();
        List<Fold> result = new ArrayList<>(folds);
        int start = 0;
        for (int k = 0; k < folds; k++) {
            int size = rows / folds + (k < rows % folds ? 1 : 0);
            int end = start + size;
            int testStart = start == 0 ? start : start + back;
            int testEnd = end == rows ? end : end - ahead;
            int before = Math.max(0, start - ahead);
            int after = Math.min(rows, end + back);
            int[] train = new int[before + rows - after];
            for (int r = 0; r < before; r++) {
                train[r] = r;
            }
            for (int r = after; r < rows; r++) {
                train[before + r - after] = r;
            }
            if (testEnd <= testStart || train.length == 0) {
                throw tooFew(rows, folds, window);
            }
            result.add(new Fold(k, start, end, testStart, testEnd, train));
            start = end;
        }
        return result;
    }

    private static DecodingException tooFew(int rows, int folds, HistoryWindow w) {
        int needed = Math.max(folds * (w.back() + w.ahead() + 1), folds + 1);
        int small = rows / folds;
        String sizes = rows % folds == 0 ? bins(small) : small + "–" + bins(small + 1);
        String history = w.back() + w.ahead() == 0 ? ""
                : ", and each block loses up to " + bins(w.back() + w.ahead()) + " at its edges to the history window ("
                        + w.back() + " past, " + w.ahead() + " future)";
        String blocks = small == 0 ? " cannot fill " + folds + " blocks" : " make blocks of " + sizes + history;
        return new DecodingException("too few bins for " + folds + " folds: " + bins(rows) + blocks + "; at least "
                + needed + " bins are needed: use fewer folds, fewer history bins, narrower bins or a longer"
                + " recording");
    }

    private static String bins(int n) {
        return n + (n == 1 ? " bin" : " bins");
    }
}
