package org.neurocircuit.engine.results.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * Writes and reads a run of {@code spikes} spikes (default 10^7) of 10,000 independent Poisson
 * neurons at 100 Hz, delivered per step as an engine would, and prints throughput (three rounds,
 * the first one including JIT warm-up) and the time of the summary statistics. Needs about 1 GB
 * of heap for 10^7 spikes. Usage:
 * {@code ResultsBenchmark [spikes] [folder]} (a temporary folder, deleted afterwards, by default).
 */
public final class ResultsBenchmark {

    private static final int NEURONS = 10_000;
    private static final double DT = 0.1;

    private ResultsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long spikes = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("nc-results-bench");
        ResultsStore store = new ResultsStore(root);
        for (int round = 1; round <= 3; round++) {
            Path folder = writeRun(store, spikes);
            read(folder, spikes);
            store.delete(folder);
        }
        if (args.length < 2) {
            Files.deleteIfExists(root);
        }
    }

    private static Path writeRun(ResultsStore store, long spikes) throws IOException {
        int perStep = 100; // 10,000 neurons at 100 Hz with dt = 0.1 ms
        int steps = (int) ((spikes + perStep - 1) / perStep);
        RecordingLayout layout = new RecordingLayout("bench", DT, steps,
                List.of(new PopulationInfo("P", 0, NEURONS)),
                List.of(new Channel(0, "spikesP", Kind.SPIKES, 0, null, "", 1, null)));
        RunFolderWriter w = store.newRun(new RunProvenance("bench", 1, steps * DT, 1, "bench", "0", List.of()), null);
        // Independent Poisson trains, made before the clock starts so that only the writer is timed:
        // uniform (step, neuron) pairs sorted by step, then neuron, as an engine delivers them.
        int n = (int) spikes;
        long[] keys = new long[n];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) (1 + rnd.nextInt(steps)) << 32) | rnd.nextInt(NEURONS);
        }
        Arrays.sort(keys);
        int[] neurons = new int[1024];
        int[] stepOf = new int[1024];
        long t0 = System.nanoTime();
        w.open(layout);
        for (int i = 0; i < n;) {
            int step = (int) (keys[i] >>> 32);
            int k = 0;
            for (; i < n && (int) (keys[i] >>> 32) == step && k < neurons.length; i++, k++) {
                neurons[k] = (int) keys[i];
                stepOf[k] = step;
            }
            w.spikes(0, k, neurons, stepOf);
        }
        w.close(Completion.COMPLETE, "");
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("write %,d spikes: %.3f s, %.1f M spikes/s, %.0f MB/s (8 B/spike, fsync included)%n", spikes,
                sec, spikes / sec / 1e6, spikes * 8.0 / sec / 1e6);
        return w.folder();
    }

    private static void read(Path folder, long spikes) throws IOException {
        long t0 = System.nanoTime();
        RunResults r = RunFolderReader.open(folder);
        SpikeRecording rec = r.spikes(0);
        double sec = (System.nanoTime() - t0) / 1e9;
        if (rec.count() != spikes) {
            throw new IllegalStateException("read " + rec.count() + " spikes of " + spikes);
        }
        System.out.printf("read  %,d spikes: %.3f s, %.1f M spikes/s, %.0f MB/s%n", spikes, sec,
                spikes / sec / 1e6, spikes * 8.0 / sec / 1e6);
        long t1 = System.nanoTime();
        SpikeTrains trains = SpikeTrains.of(rec);
        TimeWindow all = TimeWindow.ofSteps(r.layout().dt(), r.layout().steps());
        SpikeStatistics st = SpikeStatistics.of("spikesP", "P", trains, all, SpikeStatistics.DEFAULT_FANO_BIN_MS,
                SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
        System.out.printf("stats (rate %.1f Hz, CV %.3f, Fano %.3f, chi %.4f): %.3f s%n", st.meanRateHz(),
                st.cv().mean(), st.fano().mean(), st.chi(), (System.nanoTime() - t1) / 1e9);
    }
}
