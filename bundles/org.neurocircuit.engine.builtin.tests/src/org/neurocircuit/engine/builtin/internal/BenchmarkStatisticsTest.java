package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.builtin.bench.BenchmarkNetworks;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.SimulationSettings;

/**
 * CUBA and COBA (4,000 neurons, 1 s, dt 0.1 ms) against the statistics Brian2 produced on the
 * same circuits (shared/notes/benchmarking.md): mean rate over three seeds within two
 * seed-to-seed standard deviations of Brian2's mean, CV of ISI within 20 %, fraction of silent
 * neurons within 0.06.
 */
class BenchmarkStatisticsTest {

    /** Rate (Hz), mean CV of ISI over neurons with at least 3 spikes, fraction silent. */
    record Stats(double rate, double cv, double silent) {
    }

    static Stats stats(Sim sim, int n, double seconds) {
        int[] count = new int[n];
        double[] last = new double[n], sum = new double[n], sum2 = new double[n];
        java.util.Arrays.fill(last, Double.NaN);
        for (int ch = 0; ch < 2; ch++) {
            int[] neurons = sim.sink.neurons(ch), steps = sim.sink.steps(ch);
            for (int s = 0; s < neurons.length; s++) {
                int i = neurons[s];
                double t = steps[s] * 0.1;
                if (!Double.isNaN(last[i])) {
                    double isi = t - last[i];
                    sum[i] += isi;
                    sum2[i] += isi * isi;
                }
                last[i] = t;
                count[i]++;
            }
        }
        long total = 0;
        int silent = 0, withCv = 0;
        double cvSum = 0;
        for (int i = 0; i < n; i++) {
            total += count[i];
            silent += count[i] == 0 ? 1 : 0;
            if (count[i] >= 3) {
                int k = count[i] - 1;
                double mean = sum[i] / k;
                double var = sum2[i] / k - mean * mean;
                cvSum += Math.sqrt(Math.max(0, var)) / mean;
                withCv++;
            }
        }
        return new Stats(total / (double) n / seconds, cvSum / withCv, silent / (double) n);
    }

    private static Stats average(boolean coba) {
        double r = 0, cv = 0, silent = 0;
        int seeds = 3;
        for (int seed = 1; seed <= seeds; seed++) {
            NetworkDescription net = coba ? BenchmarkNetworks.coba(4000, 0.1) : BenchmarkNetworks.cuba(4000, 0.1);
            Stats s = stats(Sim.run(net, new SimulationSettings(1000, 0.1, seed, 2)), 4000, 1);
            System.out.printf("%s seed %d: rate %.2f Hz, CV %.3f, silent %.3f%n", coba ? "COBA" : "CUBA", seed,
                    s.rate(), s.cv(), s.silent());
            r += s.rate() / seeds;
            cv += s.cv() / seeds;
            silent += s.silent() / seeds;
        }
        return new Stats(r, cv, silent);
    }

    @Test
    void cubaMatchesBrian2() {
        Stats s = average(false);
        assertEquals(5.65, s.rate(), 2 * 0.26, "rate");
        assertEquals(0.52, s.cv(), 0.2 * 0.52, "CV of ISI");
        assertEquals(0.16, s.silent(), 0.06, "fraction silent");
    }

    @Test
    void cobaMatchesBrian2() {
        Stats s = average(true);
        assertEquals(19.4, s.rate(), 2 * 1.1, "rate");
        assertEquals(1.53, s.cv(), 0.2 * 1.53, "CV of ISI");
        assertEquals(0.11, s.silent(), 0.06, "fraction silent");
        assertTrue(s.rate() > 0);
    }
}
