package org.neurocircuit.engine.builtin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;

/**
 * Runs COBA and CUBA on the built-in engine and prints, per run: build time, main-loop CPU
 * time per simulated second, wall time, real-time factor, synaptic events per second, spikes,
 * mean rate, bytes per synapse, threads and peak heap; then the minimum CPU time per model.
 * Models are interleaved (A B A B ...) because shared machines drift. The first
 * {@code --warmup} rounds (default 1) let the JIT compile the loops; they are printed, marked
 * "warmup", and left out of the minimum. Peak heap is sampled every 2 ms during build and run.
 *
 * <pre>
 * java -cp ... org.neurocircuit.engine.builtin.bench.EngineBenchmark [--n 4000,40000]
 *      [--models cuba,coba] [--reps 3] [--warmup 1] [--threads 1] [--duration 1000] [--dt 0.1] [--seed 1]
 * </pre>
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>(List.of(4000));
        List<String> models = new ArrayList<>(List.of("cuba", "coba"));
        int reps = 3;
        int warmup = 1;
        int threads = 1;
        double duration = 1000;
        double dt = 0.1;
        long seed = 1;
        for (int a = 0; a + 1 < args.length; a += 2) {
            String v = args[a + 1];
            switch (args[a]) {
                case "--n" -> sizes = parseInts(v);
                case "--models" -> models = List.of(v.split(","));
                case "--reps" -> reps = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--duration" -> duration = Double.parseDouble(v);
                case "--dt" -> dt = Double.parseDouble(v);
                case "--seed" -> seed = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + args[a]
                        + " (use --n, --models, --reps, --warmup, --threads, --duration, --dt, --seed)");
            }
        }
        System.out.printf(Locale.ROOT, "# built-in engine, Java %s, %d cores, max heap %d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("# * = warm-up run (not in the minimum)");
        System.out.println("model  N       synapses   thr  build_s  cpu_s/sim_s  wall_s  RTF     events/s   spikes    rate_Hz  B/syn  peak_heap_MB");
        // interleaved: warm-up rounds first, then measured rounds
        for (int n : sizes) {
            double[] best = new double[models.size()];
            java.util.Arrays.fill(best, Double.MAX_VALUE);
            for (int r = 0; r < warmup + reps; r++) {
                for (int m = 0; m < models.size(); m++) {
                    String model = models.get(m);
                    NetworkDescription net = model.equals("coba") ? BenchmarkNetworks.coba(n, dt)
                            : BenchmarkNetworks.cuba(n, dt);
                    SimulationSettings s = new SimulationSettings(duration, dt, seed + r, threads);
                    double cpu = runOnce(r < warmup ? model + "*" : model, n, net, s);
                    if (r >= warmup) {
                        best[m] = Math.min(best[m], cpu);
                    }
                }
            }
            for (int m = 0; m < models.size(); m++) {
                System.out.printf(Locale.ROOT, "# %s N=%d: min main-loop CPU %.4f s per simulated s (%d threads)%n",
                        models.get(m), n, best[m], threads);
            }
        }
    }

    private static double runOnce(String model, int n, NetworkDescription net, SimulationSettings s) {
        System.gc();
        HeapSampler heap = new HeapSampler();
        try (heap; SimulationSession session = new BuiltinBackendProvider().createSession(RunRequest.of(net, s))) {
            NetworkSummary built = session.prepare(RunMonitor.NONE);
            CountingSink sink = new CountingSink();
            RunSummary run = session.run(sink, RunMonitor.NONE);
            double simSeconds = s.duration() * 1e-3;
            double cpuPerSim = run.cpuNanos() * 1e-9 / simSeconds;
            double wall = run.wallNanos() * 1e-9;
            long peak = heap.peak();
            System.out.printf(Locale.ROOT,
                    "%-6s %-7d %-10d %-4d %-8.3f %-12.4f %-7.3f %-7.4f %-10.3e %-9d %-8.2f %-6.2f %d%n",
                    model, n, built.synapses(), built.threads(), built.buildNanos() * 1e-9, cpuPerSim,
                    wall, wall / simSeconds, run.synapticEvents() / wall, run.spikes(),
                    run.spikes() / (double) n / simSeconds, built.bytesPerSynapse(), peak >> 20);
            return cpuPerSim;
        }
    }

    /** Samples the used heap every 2 ms on a daemon thread and keeps the maximum. */
    private static final class HeapSampler implements AutoCloseable {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running) {
                    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
        }
    }

    private static List<Integer> parseInts(String v) {
        List<Integer> out = new ArrayList<>();
        for (String x : v.split(",")) {
            out.add(Integer.parseInt(x.trim()));
        }
        return out;
    }
}
