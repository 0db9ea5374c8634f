package org.neurocircuit.decode.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.Target;

/**
 * Benchmark data with a fixed seed: a 1-D variable in [0, 1] (a reflected random walk, step sd
 * 0.02 per bin) encoded by neurons with Gaussian tuning curves spread over [0, 1] (width 0.15,
 * 0.2 to 2.2 spikes per bin), Poisson spike counts; and the variable cut into four classes at its
 * quartiles of [0, 1].
 *
 * @param counts the spike counts, bins × neurons
 * @param position the variable
 * @param classes the class (0 … 3) of each bin
 */
record SyntheticPopulation(FeatureMatrix counts, Target position, Target classes) {

    static SyntheticPopulation generate(int neurons, int bins, double binMs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[bins];
        double[] cls = new double[bins];
        double v = 0.5;
        for (int t = 0; t < bins; t++) {
            v += 0.02 * gaussian(r);
            v = v < 0 ? -v : v > 1 ? 2 - v : v;
            y[t] = v;
            cls[t] = Math.min(3, Math.floor(v * 4));
        }
        double[] data = new double[Math.multiplyExact(bins, neurons)];
        for (int t = 0; t < bins; t++) {
            for (int i = 0; i < neurons; i++) {
                double d = y[t] - (i + 0.5) / neurons;
                data[t * neurons + i] = poisson(r, 0.2 + 2 * Math.exp(-d * d / (2 * 0.15 * 0.15)));
            }
        }
        List<FeatureColumn> cols = new ArrayList<>();
        int[] binIndex = new int[bins];
        for (int i = 0; i < neurons; i++) {
            cols.add(new FeatureColumn("synthetic", i, 0, "1", true));
        }
        for (int t = 0; t < bins; t++) {
            binIndex[t] = t;
        }
        FeatureMatrix x = new FeatureMatrix(data, cols, binIndex, binMs, HistoryWindow.none());
        return new SyntheticPopulation(x, new Target("position", "", y), new Target("quartile", "", cls));
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Poisson by inversion (means here are at most a few spikes). */
    private static int poisson(SplittableRandom r, double lambda) {
        double u = r.nextDouble();
        double term = Math.exp(-lambda);
        double cdf = term;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            term *= lambda / k;
            cdf += term;
        }
        return k;
    }
}
