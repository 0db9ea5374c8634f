package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Plasticity;

/**
 * Pair-based STDP of one projection, with the pair interval measured at the synapse:
 * {@code dt = t_post - (t_pre + delay)} (the delay is axonal: a presynaptic spike reaches the
 * synapse, and the target, one delay after it was emitted). Events are applied in time order:
 * <ul>
 * <li>on arrival (processed in the step before the one whose end it enters the receptor): the
 * current weight is transmitted, then depression with the postsynaptic trace
 * {@code K-} of the postsynaptic spikes strictly before the arrival;</li>
 * <li>on a postsynaptic spike: potentiation of every incoming synapse with its presynaptic
 * trace {@code K+} of the arrivals up to and including that time (an arrival and a spike at the
 * same time count as pre before post).</li>
 * </ul>
 * A synapse's {@code K+} is its source's trace shifted by its delay, so it is computed from a
 * short per-source history of emissions instead of being stored per synapse (keeping STDP
 * synapses at 12–14 bytes). All-to-all pairing accumulates traces; nearest-neighbour resets
 * them to 1 at each spike.
 */
final class StdpRuntime {

    private final boolean additive;
    private final boolean allToAll;
    private final float aPlus;
    private final float aMinus;
    private final float wMin;
    private final float wMax;
    private final double[] expPlus;
    private final double[] expMinus;
    private final int depth;
    private final int[] hStamp;
    private final float[] hK;
    private final int[] hHead;
    private final int[] hCount;
    private final int[] lastPost;
    private final float[] kMinus;
    final SpikeHistory history;
    final int[] delaysPresent;

    StdpRuntime(Plasticity.Stdp p, int sources, int targets, int maxDelay, int sourceRefractory,
            int[] delaysPresent, double dt) {
        additive = p.update() == Plasticity.StdpUpdate.ADDITIVE;
        allToAll = p.pairing() == Plasticity.Pairing.ALL_TO_ALL;
        aPlus = (float) p.aPlus();
        aMinus = (float) p.aMinus();
        wMin = (float) p.wMin();
        wMax = (float) p.wMax();
        expPlus = table(p.tauPlus(), dt);
        expMinus = table(p.tauMinus(), dt);
        // emissions within the last maxDelay stamps, plus the one before them
        depth = Math.min(maxDelay + 1, (maxDelay + sourceRefractory) / (sourceRefractory + 1) + 2);
        hStamp = new int[sources * depth];
        hK = new float[sources * depth];
        hHead = new int[sources];
        hCount = new int[sources];
        lastPost = new int[targets];
        kMinus = new float[targets];
        java.util.Arrays.fill(lastPost, -1);
        history = new SpikeHistory(maxDelay);
        this.delaysPresent = delaysPresent;
    }

    /** {@code exp(-n dt / tau)} for n = 0, 1, ... until it underflows float precision. */
    private static double[] table(double tau, double dt) {
        int n = (int) Math.min(1 << 24, Math.ceil(tau / dt * 70) + 1);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = StrictMath.exp(-i * dt / tau);
        }
        return t;
    }

    private static double decay(double[] table, int steps) {
        return steps < table.length ? table[steps] : 0;
    }

    /** Source {@code j} emitted a spike stamped {@code stamp} (phase A, source owner). */
    void sourceSpiked(int j, int stamp) {
        float k = allToAll ? (float) (kPlus(j, stamp) + 1) : 1f;
        int head = (hHead[j] + 1) % depth;
        hHead[j] = head;
        hStamp[j * depth + head] = stamp;
        hK[j * depth + head] = k;
        hCount[j] = Math.min(depth, hCount[j] + 1);
    }

    /** The presynaptic trace of source {@code j} at stamp {@code t}, counting emissions at or before t. */
    double kPlus(int j, int t) {
        int base = j * depth;
        for (int c = 0, idx = hHead[j]; c < hCount[j]; c++, idx = idx == 0 ? depth - 1 : idx - 1) {
            int s = hStamp[base + idx];
            if (s <= t) {
                return hK[base + idx] * decay(expPlus, t - s);
            }
        }
        return 0;
    }

    /** Postsynaptic neuron {@code t} (local) spiked at {@code stamp}: potentiate its synapses in the block. */
    void potentiate(SynapseBlock b, int t, int stamp) {
        int[] col = b.colPtr, syn = b.synIdx;
        float[] w = b.w;
        int row = 0;
        for (int s = col[t - b.lo]; s < col[t - b.lo + 1]; s++) {
            int k = syn[s];
            row = b.sourceOf(k, row);
            double kp = kPlus(row, stamp - b.delay(k));
            if (kp > 0) {
                float wk = w[k];
                wk += additive ? (float) (aPlus * kp) : (float) (aPlus * (wMax - wk) * kp);
                w[k] = Math.min(wMax, wk);
            }
        }
        float km = allToAll && lastPost[t] >= 0 ? (float) (kMinus[t] * decay(expMinus, stamp - lastPost[t])) : 0f;
        kMinus[t] = km + 1f;
        lastPost[t] = stamp;
    }

    /**
     * Processes the arrivals of step {@code step + 1} (stamp {@code step + 2}) on the block:
     * transmit into the ring slot of step {@code step + 1}, then depress. Arrivals are visited by
     * delay, then source, then row order: the same order for every thread count.
     */
    long arrivals(SynapseBlock b, ReceptorChannel ch, int step, StepSpikes now, int srcPop, int srcOffset) {
        final int stamp = step + 2;
        final float[] ring = ch.slot(step + 1);
        long events = 0;
        for (int delay : delaysPresent) {
            int e = step + 1 - delay;
            if (e < 0) {
                continue;
            }
            if (delay == 1) {
                for (int t = 0; t < now.lists.length; t++) {
                    int[] data = now.lists[t].data;
                    for (int i = now.starts[t][srcPop]; i < now.starts[t][srcPop + 1]; i++) {
                        events += arrive(b, data[i] - srcOffset, delay, ring, stamp);
                    }
                }
            } else {
                int[] list = history.at(e);
                int n = history.countAt(e);
                for (int i = 0; i < n; i++) {
                    events += arrive(b, list[i], delay, ring, stamp);
                }
            }
        }
        return events;
    }

    private int arrive(SynapseBlock b, int j, int delay, float[] ring, int stamp) {
        int k0 = b.rowPtr[j], k1 = b.rowPtr[j + 1];
        if (b.d8 != null || b.d16 != null) {
            int a = k0, z = k1;
            while (a < z) {
                int mid = (a + z) >>> 1;
                if (b.delay(mid) < delay) {
                    a = mid + 1;
                } else {
                    z = mid;
                }
            }
            k0 = a;
            k1 = a;
            while (k1 < b.rowPtr[j + 1] && b.delay(k1) == delay) {
                k1++;
            }
        } else if (b.constD != delay) {
            return 0;
        }
        final float[] w = b.w;
        for (int k = k0; k < k1; k++) {
            int t = b.tgt[k];
            float wk = w[k];
            ring[t] += wk;
            if (lastPost[t] >= 0) {
                double km = kMinus[t] * decay(expMinus, stamp - lastPost[t]);
                wk -= additive ? (float) (aMinus * km) : (float) (aMinus * (wk - wMin) * km);
                w[k] = Math.max(wMin, wk);
            }
        }
        return k1 - k0;
    }

    long bytes() {
        return 8L * hStamp.length + 8L * hHead.length + 8L * lastPost.length
                + 8L * (expPlus.length + expMinus.length);
    }
}
