package org.neurocircuit.decode.spi;

/**
 * Which bins around bin t feed the prediction for bin t: bins {@code t - back … t + ahead}, and
 * whether the decoder may use future bins at all. A causal window ({@code ahead = 0}) uses only the
 * current and past bins, so a decoder could run online; a non-causal one may look ahead: its
 * features cover {@code ahead} future bins, and a decoder with dynamics (the Kalman filter) may
 * smooth over the future of a segment, even when {@code ahead} is 0.
 *
 * <p>A lag ℓ names bin {@code t - ℓ}: lag 1 is the previous bin, lag -1 the next one.
 *
 * @param back past bins used besides the current one (the model's {@code historyBins})
 * @param ahead future bins used (0 when causal)
 * @param causal whether only the current and past bins may be used
 */
public record HistoryWindow(int back, int ahead, boolean causal) {

    public HistoryWindow {
        if (back < 0 || ahead < 0) {
            throw new IllegalArgumentException("history bins must be ≥ 0, were back " + back + ", ahead " + ahead);
        }
        if (causal && ahead > 0) {
            throw new IllegalArgumentException("a causal window cannot use " + ahead + " future bins");
        }
    }

    /** The current bin and {@code historyBins} past bins; nothing from the future. */
    public static HistoryWindow causal(int historyBins) {
        return new HistoryWindow(historyBins, 0, true);
    }

    /** {@code historyBins} past bins, the current bin and {@code historyBins} future bins. */
    public static HistoryWindow centred(int historyBins) {
        return new HistoryWindow(historyBins, historyBins, false);
    }

    /** The current bin alone, causal. */
    public static HistoryWindow none() {
        return causal(0);
    }

    /** Whether only the current and past bins may be used. */
    public boolean isCausal() {
        return causal;
    }

    /** Bins in the window. */
    public int width() {
        return back + ahead + 1;
    }

    /**
     * The lags in the order their feature blocks appear in a {@link FeatureMatrix}: 0, 1, …,
     * back (the current bin, then the past), then -1, …, -ahead (the future).
     */
    public int[] lags() {
        int[] lags = new int[width()];
        int k = 0;
        for (int l = 0; l <= back; l++) {
            lags[k++] = l;
        }
        for (int l = 1; l <= ahead; l++) {
            lags[k++] = -l;
        }
        return lags;
    }
}
