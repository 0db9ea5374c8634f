package org.neurocircuit.decode.features;

import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.engine.results.RateRecording;
import org.neurocircuit.engine.results.StateRecording;

/**
 * Sampled signals resampled to bins: the mean of the samples that fall in each bin. A bin with
 * no sample (a sampling interval longer than the bin) is an error rather than a guess.
 */
public final class SignalBinning {

    private SignalBinning() {
    }

    /**
     * The mean of each recorded neuron's samples per bin ({@code bins × width}, row-major); a
     * sample at step s has time {@code s·dt}.
     *
     * @throws DecodingException when a bin holds no sample
     */
    public static double[] state(StateRecording r, BinGrid g) {
        int w = r.width();
        double[] sum = new double[Math.multiplyExact(g.bins(), w)];
        int[] n = new int[g.bins()];
        for (int row = 0; row < r.rows(); row++) {
            int b = g.binOf(r.timeMs(row));
            if (b < 0) {
                continue;
            }
            n[b]++;
            for (int c = 0; c < w; c++) {
                sum[b * w + c] += r.value(row, c);
            }
        }
        String name = r.channel().name();
        double every = r.channel().intervalSteps() * r.dt();
        for (int b = 0; b < n.length; b++) {
            requireSample(n[b], b, g, name, every);
            for (int c = 0; c < w; c++) {
                sum[b * w + c] /= n[b];
            }
        }
        return sum;
    }

    /**
     * The population rate per bin, Hz: the mean of the recorded rate bins whose centre lies in the
     * bin (one column).
     *
     * @throws DecodingException when a bin holds no rate bin's centre
     */
    public static double[] rate(RateRecording r, BinGrid g) {
        double[] sum = new double[g.bins()];
        int[] n = new int[g.bins()];
        float[] hz = r.ratesHz();
        for (int k = 0; k < hz.length; k++) {
            int b = g.binOf(r.binStartMs(k) + r.binMs() / 2);
            if (b >= 0) {
                sum[b] += hz[k];
                n[b]++;
            }
        }
        for (int b = 0; b < n.length; b++) {
            requireSample(n[b], b, g, r.channel().name(), r.binMs());
            sum[b] /= n[b];
        }
        return sum;
    }

    private static void requireSample(int n, int b, BinGrid g, String channel, double everyMs) {
        if (n == 0) {
            throw new DecodingException("channel '" + channel + "' has no sample in the bin [" + g.binStartMs(b) + ", "
                    + g.binStartMs(b + 1) + ") ms: it samples every " + everyMs + " ms" + (everyMs > g.binMs()
                            ? ", longer than the " + g.binMs() + " ms bins; use bins of at least " + everyMs + " ms"
                            : " and its data end earlier (an interrupted run?); choose a shorter time window"));
        }
    }
}
