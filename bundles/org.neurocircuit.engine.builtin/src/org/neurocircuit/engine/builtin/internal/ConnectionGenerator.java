package org.neurocircuit.engine.builtin.internal;

import java.util.Arrays;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.NetworkValidator;
import org.neurocircuit.engine.network.Projection;

/**
 * Generates a projection's synapses. Each source row (each target column for the in-degree
 * rule) draws from its own stream keyed by (seed, projection, neuron): the result depends only
 * on the seed, never on threads. Within a row, targets are chosen first, sorted, then weights
 * and delays are drawn in row order.
 */
final class ConnectionGenerator {

    private final Projection projection;
    private final int projectionIndex;
    private final int ns;
    private final int nt;
    private final boolean same;
    private final long seed;
    private final double dt;
    private final boolean constWeight;
    private final boolean constDelay;

    private final IntList tgt;
    private final FloatList wts;
    private final IntList dls;
    private int[] rowPtr;

    ConnectionGenerator(Projection p, int projectionIndex, int sourceSize, int targetSize,
            long seed, double dt, long expectedSynapses) {
        this.projection = p;
        this.projectionIndex = projectionIndex;
        this.ns = sourceSize;
        this.nt = targetSize;
        this.same = p.source() == p.target();
        this.seed = seed;
        this.dt = dt;
        boolean explicitW = p.rule() instanceof ConnectionRule.Explicit e && e.weights() != null;
        boolean explicitD = p.rule() instanceof ConnectionRule.Explicit e && e.delays() != null;
        this.constWeight = !explicitW && Sampler.isConstant(p.weight());
        this.constDelay = !explicitD && Sampler.isConstant(p.delay());
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, expectedSynapses + expectedSynapses / 16));
        tgt = new IntList(cap);
        wts = constWeight ? null : new FloatList(cap);
        dls = constDelay ? null : new IntList(cap);
    }

    /**
     * The synapses; positions (x, y, z per neuron, µm) and the torus sides {x, y, z} (µm, 0 for
     * no wrapping) are used by distance-dependent rules only.
     */
    SynapseTable generate(double[] sourceXyz, double[] targetXyz, double[] period) {
        switch (projection.rule()) {
            case ConnectionRule.FixedInDegree f -> inDegree(f.k());
            case ConnectionRule.Explicit e -> explicit(e);
            case ConnectionRule.DistanceDependent d -> bySource(sourceXyz, targetXyz, new DistanceKernel(d, period));
            default -> bySource(sourceXyz, targetXyz, null);
        }
        float w0 = constWeight ? (float) Sampler.draw(projection.weight(), null0()) : 0f;
        int d0 = constDelay ? steps(Sampler.draw(projection.delay(), null0())) : 0;
        return new SynapseTable(ns, nt, rowPtr, tgt.toArray(), wts == null ? null : wts.toArray(),
                w0, dls == null ? null : dls.toArray(), d0);
    }

    /** A stream for constant distributions, which draw nothing. */
    private Rng null0() {
        return Rng.stream(seed, Rng.CONNECT, projectionIndex, -1);
    }

    private int steps(double delayMs) {
        long s = Math.round(delayMs / dt);
        return (int) Math.max(1, Math.min(NetworkValidator.MAX_DELAY_STEPS, s));
    }

    private void addParams(Rng rng, int from) {
        for (int k = from; k < tgt.size; k++) {
            if (wts != null) {
                wts.add((float) Sampler.draw(projection.weight(), rng));
            }
            if (dls != null) {
                dls.add(steps(Sampler.draw(projection.delay(), rng)));
            }
        }
    }

    private void bySource(double[] sxyz, double[] txyz, DistanceKernel distance) {
        rowPtr = new int[ns + 1];
        int[] scratch = new int[0];
        PartialShuffle shuffle = null;
        for (int j = 0; j < ns; j++) {
            Rng rng = Rng.stream(seed, Rng.CONNECT, projectionIndex, j);
            int start = tgt.size;
            int self = same && !projection.autapses() ? j : -1;
            switch (projection.rule()) {
                case ConnectionRule.AllToAll a -> {
                    for (int t = 0; t < nt; t++) {
                        if (t != self) {
                            tgt.add(t);
                        }
                    }
                }
                case ConnectionRule.OneToOne o -> tgt.add(j);
                case ConnectionRule.FixedProbability f -> bernoulliRow(rng, f.p(), self);
                case ConnectionRule.FixedOutDegree f -> {
                    int nCand = self >= 0 ? nt - 1 : nt;
                    if (projection.multapses()) {
                        for (int i = 0; i < f.k(); i++) {
                            tgt.add(skip(rng.nextInt(nCand), self));
                        }
                    } else {
                        if (shuffle == null) {
                            shuffle = new PartialShuffle(nt);
                        }
                        for (int i = 0; i < f.k(); i++) {
                            tgt.add(skip(shuffle.pick(i, nCand, rng), self));
                        }
                        shuffle.reset();
                    }
                    Arrays.sort(tgt.data, start, tgt.size);
                }
                case ConnectionRule.DistanceDependent d -> distanceRow(rng, distance, j, self, sxyz, txyz);
                default -> throw new IllegalStateException("rule handled elsewhere: " + projection.rule());
            }
            addParams(rng, start);
            rowPtr[j + 1] = tgt.size;
        }
    }

    private static int skip(int candidate, int self) {
        return self >= 0 && candidate >= self ? candidate + 1 : candidate;
    }

    private void bernoulliRow(Rng rng, double p, int self) {
        if (p <= 0) {
            return;
        }
        if (p >= 1) {
            for (int t = 0; t < nt; t++) {
                if (t != self) {
                    tgt.add(t);
                }
            }
            return;
        }
        // Geometric skipping: O(synapses) rather than O(targets) draws.
        double logq = Math.log1p(-p);
        long t = rng.nextGeometric(logq) - 1;
        while (t < nt) {
            if (t != self) {
                tgt.add((int) t);
            }
            t += rng.nextGeometric(logq);
        }
    }

    private void distanceRow(Rng rng, DistanceKernel distance, int j, int self, double[] sxyz, double[] txyz) {
        for (int t = 0; t < nt; t++) {
            if (t == self) {
                continue;
            }
            double r2 = distance.distanceSquared(sxyz, j, txyz, t);
            // a draw only within the cutoff, so pairs beyond it cost no random numbers
            if (distance.withinCutoff(r2) && rng.nextDouble() < distance.probability(r2)) {
                tgt.add(t);
            }
        }
    }

    private void inDegree(int k) {
        // Column by column with a per-target stream, then transposed to rows by source.
        int[] colSrc = new int[(int) Math.min(Integer.MAX_VALUE - 16, (long) k * nt)];
        PartialShuffle shuffle = projection.multapses() ? null : new PartialShuffle(ns);
        for (int t = 0; t < nt; t++) {
            Rng rng = Rng.stream(seed, Rng.CONNECT, projectionIndex, t);
            int self = same && !projection.autapses() ? t : -1;
            int nCand = self >= 0 ? ns - 1 : ns;
            for (int i = 0; i < k; i++) {
                int c = shuffle == null ? rng.nextInt(nCand) : shuffle.pick(i, nCand, rng);
                colSrc[t * k + i] = skip(c, self);
            }
            if (shuffle != null) {
                shuffle.reset();
            }
            Arrays.sort(colSrc, t * k, t * k + k);
            // weights and delays of this column, in its order, from its stream
            for (int i = 0; i < k; i++) {
                tgt.add(t);
            }
            addParams(rng, tgt.size - k);
        }
        transpose(colSrc);
    }

    private void explicit(ConnectionRule.Explicit e) {
        int n = e.size();
        int[] src = e.sources();
        int[] tg = e.targets();
        double[] w = e.weights();
        double[] d = e.delays();
        Rng rng = Rng.stream(seed, Rng.CONNECT, projectionIndex, -2);
        for (int i = 0; i < n; i++) {
            tgt.add(tg[i]);
            if (wts != null) {
                wts.add((float) (w != null ? w[i] : Sampler.draw(projection.weight(), rng)));
            }
            if (dls != null) {
                dls.add(d != null ? steps(d[i]) : steps(Sampler.draw(projection.delay(), rng)));
            }
        }
        transpose(src);
    }

    /** Stable counting sort of the current (target, weight, delay) entries by source. */
    private void transpose(int[] sourceOf) {
        int n = tgt.size;
        rowPtr = new int[ns + 1];
        for (int i = 0; i < n; i++) {
            rowPtr[sourceOf[i] + 1]++;
        }
        for (int j = 0; j < ns; j++) {
            rowPtr[j + 1] += rowPtr[j];
        }
        int[] fill = Arrays.copyOf(rowPtr, ns);
        int[] t2 = new int[n];
        float[] w2 = wts == null ? null : new float[n];
        int[] d2 = dls == null ? null : new int[n];
        for (int i = 0; i < n; i++) {
            int pos = fill[sourceOf[i]]++;
            t2[pos] = tgt.data[i];
            if (w2 != null) {
                w2[pos] = wts.data[i];
            }
            if (d2 != null) {
                d2[pos] = dls.data[i];
            }
        }
        tgt.data = t2;
        if (w2 != null) {
            wts.data = w2;
        }
        if (d2 != null) {
            dls.data = d2;
        }
    }

    /** Distinct picks from [0, n) by a partial Fisher–Yates shuffle that undoes itself. */
    private static final class PartialShuffle {
        private final int[] perm;
        private final IntList swaps = new IntList(64);

        PartialShuffle(int size) {
            perm = new int[Math.max(1, size)];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = i;
            }
        }

        int pick(int i, int n, Rng rng) {
            int r = i + rng.nextInt(n - i);
            int tmp = perm[i];
            perm[i] = perm[r];
            perm[r] = tmp;
            swaps.add(r);
            return perm[i];
        }

        void reset() {
            for (int i = swaps.size - 1; i >= 0; i--) {
                int r = swaps.data[i];
                int tmp = perm[i];
                perm[i] = perm[r];
                perm[r] = tmp;
            }
            swaps.clear();
        }
    }
}
