package org.neurocircuit.engine.builtin.internal;

/**
 * The synapses of one projection whose targets lie in one thread's neuron range
 * {@code [lo, hi)} (indices local to the target population), in CSR layout by source. Only the
 * owning thread writes the ring buffer cells and weights of these synapses, so delivery needs
 * no locks, and the order of the sums into each cell does not depend on the number of threads.
 *
 * <p>Memory per synapse: target 4 B, weight 4 B (omitted when constant), delay 1 or 2 B
 * (omitted when constant); STDP adds a 4 B column index. Row pointers cost 4 B per source.
 */
final class SynapseBlock {

    final int lo;
    final int hi;
    final int[] rowPtr;
    final int[] tgt;
    /** Weights, or {@code null} when all equal {@link #constW}. */
    final float[] w;
    final float constW;
    /** Delays in steps as unsigned bytes, or {@code null}. */
    final byte[] d8;
    /** Delays in steps as unsigned shorts, or {@code null}. */
    final char[] d16;
    final int constD;
    /** STDP: per target {@code t - lo}, the synapses ending on it, ascending ({@code null} otherwise). */
    int[] colPtr;
    int[] synIdx;

    private SynapseBlock(int lo, int hi, int[] rowPtr, int[] tgt, float[] w, float constW,
            byte[] d8, char[] d16, int constD) {
        this.lo = lo;
        this.hi = hi;
        this.rowPtr = rowPtr;
        this.tgt = tgt;
        this.w = w;
        this.constW = constW;
        this.d8 = d8;
        this.d16 = d16;
        this.constD = constD;
    }

    int count() {
        return rowPtr[rowPtr.length - 1];
    }

    int delay(int k) {
        return d8 != null ? d8[k] & 0xFF : d16 != null ? d16[k] : constD;
    }

    /**
     * The block of a table restricted to targets {@code [lo, hi)}. With {@code byDelay}, each
     * row is ordered by (delay, target), as STDP arrivals need; otherwise the table's order is
     * kept. {@code needWeights} forces a weight array (plastic weights).
     */
    static SynapseBlock of(SynapseTable t, int lo, int hi, boolean byDelay, boolean needWeights) {
        int ns = t.sourceSize;
        int[] rowPtr = new int[ns + 1];
        for (int j = 0; j < ns; j++) {
            int c = 0;
            for (int k = t.rowPtr[j]; k < t.rowPtr[j + 1]; k++) {
                int x = t.targets[k];
                if (x >= lo && x < hi) {
                    c++;
                }
            }
            rowPtr[j + 1] = rowPtr[j] + c;
        }
        int n = rowPtr[ns];
        int[] tgt = new int[n];
        float[] w = t.weights != null || needWeights ? new float[n] : null;
        boolean varD = t.delays != null;
        byte[] d8 = varD && t.maxDelay <= 255 ? new byte[n] : null;
        char[] d16 = varD && t.maxDelay > 255 ? new char[n] : null;
        long[] order = byDelay && varD ? new long[64] : null;
        for (int j = 0; j < ns; j++) {
            int pos = rowPtr[j];
            int k0 = t.rowPtr[j], k1 = t.rowPtr[j + 1];
            if (order != null && k1 - k0 > order.length) {
                order = new long[k1 - k0];
            }
            int m = 0;
            for (int k = k0; k < k1; k++) {
                int x = t.targets[k];
                if (x >= lo && x < hi) {
                    if (order != null) {
                        // sort key: delay, then position in the row (stable)
                        order[m++] = ((long) t.delays[k] << 32) | (k - k0);
                    } else {
                        put(t, k, pos++, tgt, w, d8, d16);
                    }
                }
            }
            if (order != null) {
                java.util.Arrays.sort(order, 0, m);
                for (int q = 0; q < m; q++) {
                    put(t, k0 + (int) (order[q] & 0xFFFFFFFFL), pos++, tgt, w, d8, d16);
                }
            }
        }
        return new SynapseBlock(lo, hi, rowPtr, tgt, w, t.constWeight, d8, d16, t.constDelay);
    }

    private static void put(SynapseTable t, int k, int pos, int[] tgt, float[] w, byte[] d8, char[] d16) {
        tgt[pos] = t.targets[k];
        if (w != null) {
            w[pos] = t.weight(k);
        }
        if (d8 != null) {
            d8[pos] = (byte) t.delays[k];
        } else if (d16 != null) {
            d16[pos] = (char) t.delays[k];
        }
    }

    /** Builds the per-target index that STDP potentiation walks. */
    void buildColumns() {
        int nt = hi - lo;
        colPtr = new int[nt + 1];
        int n = count();
        for (int k = 0; k < n; k++) {
            colPtr[tgt[k] - lo + 1]++;
        }
        for (int i = 0; i < nt; i++) {
            colPtr[i + 1] += colPtr[i];
        }
        int[] fill = java.util.Arrays.copyOf(colPtr, nt);
        synIdx = new int[n];
        for (int k = 0; k < n; k++) {
            synIdx[fill[tgt[k] - lo]++] = k;
        }
    }

    /** The source (row) of synapse {@code k}, searching rows {@code [fromRow, ns)}. */
    int sourceOf(int k, int fromRow) {
        int a = fromRow, b = rowPtr.length - 2;
        while (a < b) {
            int mid = (a + b + 1) >>> 1;
            if (rowPtr[mid] <= k) {
                a = mid;
            } else {
                b = mid - 1;
            }
        }
        return a;
    }

    /** Bytes held by this block. */
    long bytes() {
        long b = 4L * rowPtr.length + 4L * tgt.length;
        b += w == null ? 0 : 4L * w.length;
        b += d8 == null ? 0 : d8.length;
        b += d16 == null ? 0 : 2L * d16.length;
        b += colPtr == null ? 0 : 4L * colPtr.length + 4L * synIdx.length;
        return b;
    }
}
