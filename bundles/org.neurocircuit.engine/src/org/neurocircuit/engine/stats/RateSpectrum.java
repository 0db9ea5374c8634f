package org.neurocircuit.engine.stats;

/**
 * The power spectral density of the population rate, by Welch's method: the rate
 * {@code A(k) = count(k) / (N binMs)} (Hz) in the whole bins of the window is cut into segments of
 * {@code L} bins overlapping by half, each segment has its mean removed and is multiplied by a
 * periodic Hann window {@code w(k) = (1 - cos(2 pi k / L)) / 2}, and the one-sided periodograms
 * {@code 2 |sum_k w(k) A(k) e^(-2 pi i f k binMs)|^2 binMs / sum_k w(k)^2} (1 instead of 2 at 0
 * and at the Nyquist frequency) are averaged. {@code L} is the largest power of two of bins not
 * longer than the requested segment (nor than the window), so frequencies are spaced
 * {@code 1 / (L binMs)} from 0 to the Nyquist frequency {@code 1 / (2 binMs)}.
 *
 * <p>Units: frequencies Hz, density Hz²/Hz, so integrating it over frequency gives the variance of
 * the binned rate; N independent Poisson neurons of rate r give a flat {@code 2 r / N}. A
 * population oscillation shows as a peak at its frequency ({@link #peakHz}).
 *
 * @param frequenciesHz the frequencies, Hz, ascending from 0
 * @param density the density at each frequency, Hz²/Hz
 * @param segments how many segments were averaged
 */
public record RateSpectrum(double[] frequenciesHz, double[] density, int segments) {

    /**
     * The spectrum of a window, in bins of {@code binMs} and segments of about {@code segmentMs};
     * empty (no frequencies) when fewer than two whole bins fit or there are no neurons.
     */
    public static RateSpectrum of(SpikeTrains s, TimeWindow w, double binMs, double segmentMs) {
        int bins = w.wholeBins(binMs);
        int length = Integer.highestOneBit(Math.max(1, Math.min(bins, (int) Math.min(Integer.MAX_VALUE, segmentMs / binMs))));
        if (bins < 2 || length < 2 || s.neuronCount() == 0) {
            return new RateSpectrum(new double[0], new double[0], 0);
        }
        double[] rate = rates(s, w, binMs, bins);
        double[] window = new double[length];
        double windowPower = 0;
        for (int k = 0; k < length; k++) {
            window[k] = 0.5 * (1 - Math.cos(2 * Math.PI * k / length));
            windowPower += window[k] * window[k];
        }
        int half = length / 2;
        double[] density = new double[half + 1];
        double[] re = new double[length];
        double[] im = new double[length];
        int segments = 0;
        for (int start = 0; start + length <= bins; start += half) {
            double mean = 0;
            for (int k = 0; k < length; k++) {
                mean += rate[start + k] / length;
            }
            for (int k = 0; k < length; k++) {
                re[k] = (rate[start + k] - mean) * window[k];
                im[k] = 0;
            }
            Fft.transform(re, im);
            for (int m = 0; m <= half; m++) {
                density[m] += re[m] * re[m] + im[m] * im[m];
            }
            segments++;
        }
        double binSeconds = binMs / 1000.0;
        double[] frequencies = new double[half + 1];
        for (int m = 0; m <= half; m++) {
            frequencies[m] = m / (length * binSeconds);
            double oneSided = m == 0 || m == half ? 1 : 2;
            density[m] *= oneSided * binSeconds / (windowPower * segments);
        }
        return new RateSpectrum(frequencies, density, segments);
    }

    /** The population rate per whole bin, Hz. */
    private static double[] rates(SpikeTrains s, TimeWindow w, double binMs, int bins) {
        double[] rate = new double[bins];
        double perSpike = 1000.0 / (s.neuronCount() * binMs);
        double[] times = s.timesMs();
        for (int i = s.indexAt(w.startMs()), end = s.indexAt(Math.min(w.endMs(), w.startMs() + bins * binMs));
                i < end; i++) {
            rate[Math.min(bins - 1, Psth.binOf(times[i] - w.startMs(), binMs))] += perSpike;
        }
        return rate;
    }

    /** The spacing of the frequencies, Hz; NaN for an empty spectrum. */
    public double resolutionHz() {
        return frequenciesHz.length < 2 ? Double.NaN : frequenciesHz[1];
    }

    /** The frequency of the largest density in {@code [minHz, maxHz]}, Hz; NaN when none lies there. */
    public double peakHz(double minHz, double maxHz) {
        double best = Double.NaN;
        double bestDensity = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < frequenciesHz.length; m++) {
            if (frequenciesHz[m] >= minHz && frequenciesHz[m] <= maxHz && density[m] > bestDensity) {
                best = frequenciesHz[m];
                bestDensity = density[m];
            }
        }
        return best;
    }

    /** The mean density over {@code [minHz, maxHz]}, Hz²/Hz; NaN when no frequency lies there. */
    public double meanDensity(double minHz, double maxHz) {
        double sum = 0;
        int n = 0;
        for (int m = 0; m < frequenciesHz.length; m++) {
            if (frequenciesHz[m] >= minHz && frequenciesHz[m] <= maxHz) {
                sum += density[m];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
