package org.neurocircuit.decode.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.eval.Scores;
import org.neurocircuit.decode.features.BinGrid;
import org.neurocircuit.decode.features.BinnedFeatures;
import org.neurocircuit.decode.features.HistoryExpansion;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.HistoryWindow;
import org.neurocircuit.decode.spi.Target;

/**
 * Prints the fit and predict wall time of each built-in decoder on synthetic data (default 200
 * neurons × 100,000 bins of 10 ms, seed 2024; {@link SyntheticPopulation}): each decoder is fitted
 * on all bins and predicts all bins, {@code repeats} times; the minimum is reported (our machines
 * are shared and noisy), with the process CPU time of that run and the in-sample score as a check
 * that the work was real. Not a test: a command whose output is reported.
 *
 * <pre>java … org.neurocircuit.decode.bench.DecoderBenchmark [neurons] [bins] [repeats]</pre>
 */
public final class DecoderBenchmark {

    private record Case(String decoder, Map<String, String> parameters, int historyBins, boolean classes) {
    }

    private static final List<Case> CASES = List.of(
            new Case("ridge", Map.of("lambda", "1"), 0, false),
            new Case("ridge", Map.of("lambda", "1"), 2, false),
            new Case("kalman", Map.of(), 0, false),
            new Case("kalman", Map.of("velocity", "true"), 0, false),
            new Case("poisson-bayes", Map.of(), 0, false),
            new Case("lda", Map.of(), 0, true),
            new Case("logistic", Map.of(), 0, true));

    private DecoderBenchmark() {
    }

    public static void main(String[] args) {
        int neurons = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int bins = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        run(System.out, neurons, bins, repeats, 2024);
    }

    /** Runs every case and prints one line each. */
    public static void run(PrintStream out, int neurons, int bins, int repeats, long seed) {
        Runtime rt = Runtime.getRuntime();
        out.printf("decoder benchmark: %d neurons × %d bins of 10 ms, seed %d, minimum of %d runs; Java %s, %d cores,"
                + " max heap %d MB%n", neurons, bins, seed, repeats, System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);
        long t0 = System.nanoTime();
        SyntheticPopulation data = SyntheticPopulation.generate(neurons, bins, 10, seed);
        out.printf("data generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.printf("%-14s %-20s %7s %8s %12s %8s  %s%n", "decoder", "settings", "columns", "fit (s)", "predict (s)",
                "CPU (s)", "in-sample score");
        DecoderRegistry registry = DecoderRegistry.withBuiltIns();
        for (Case c : CASES) {
            FeatureMatrix x = withHistory(data.counts(), c.historyBins());
            Target y = align(c.classes() ? data.classes() : data.position(), x);
            DecoderProvider p = registry.get(c.decoder());
            double bestFit = Double.POSITIVE_INFINITY;
            double bestPredict = Double.POSITIVE_INFINITY;
            double cpu = Double.NaN;
            double[] predicted = null;
            for (int k = 0; k < repeats; k++) {
                Decoder d = p.create(c.parameters());
                long c0 = processCpuNanos();
                long a = System.nanoTime();
                d.fit(x, y);
                long b = System.nanoTime();
                predicted = d.predict(x);
                long e = System.nanoTime();
                if ((b - a) + (e - b) < bestFit + bestPredict) {
                    cpu = (processCpuNanos() - c0) / 1e9;
                }
                bestFit = Math.min(bestFit, (b - a) / 1e9);
                bestPredict = Math.min(bestPredict, (e - b) / 1e9);
            }
            out.printf("%-14s %-20s %7d %8.2f %12.2f %8.2f  %s%n", c.decoder(), settings(c), x.columnCount(), bestFit,
                    bestPredict, cpu, score(p.kind(), y, predicted));
        }
    }

    private static String settings(Case c) {
        String s = c.historyBins() > 0 ? "history " + c.historyBins() : "";
        for (Map.Entry<String, String> e : c.parameters().entrySet()) {
            s += (s.isEmpty() ? "" : ", ") + e.getKey() + " " + e.getValue();
        }
        return s.isEmpty() ? "defaults" : s;
    }

    private static String score(DecoderKind kind, Target y, double[] predicted) {
        if (kind == DecoderKind.REGRESSION) {
            return String.format("R² %.3f", Scores.regression(y.values(), predicted).r2());
        }
        return String.format("accuracy %.3f", Scores.classification(y.values(), predicted, y.classes()).accuracy());
    }

    /** The counts under a causal history window (rows from bin {@code history} on). */
    private static FeatureMatrix withHistory(FeatureMatrix counts, int history) {
        if (history == 0) {
            return counts;
        }
        BinnedFeatures base = new BinnedFeatures(new BinGrid(0, counts.binMs(), counts.rows()))
                .add(counts.columns(), counts.data());
        return HistoryExpansion.apply(base, HistoryWindow.causal(history));
    }

    private static Target align(Target t, FeatureMatrix x) {
        return new Target(t.name(), t.unit(), HistoryExpansion.alignToRows(t.values(), x));
    }

    /** CPU time of the whole process (EJML's products run on several threads), ns; -1 when unknown. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
    }
}
