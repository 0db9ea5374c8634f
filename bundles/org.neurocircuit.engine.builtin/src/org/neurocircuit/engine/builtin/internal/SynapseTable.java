package org.neurocircuit.engine.builtin.internal;

/**
 * All synapses of one projection in CSR layout by source, as generated (before the split into
 * per-thread blocks). Rows list targets ascending (duplicates adjacent when multapses occur).
 * Weights and delays are omitted when they are the same for every synapse.
 */
final class SynapseTable {

    final int sourceSize;
    final int targetSize;
    /** Row start per source, length {@code sourceSize + 1}. */
    final int[] rowPtr;
    /** Target index (local to the target population) per synapse. */
    final int[] targets;
    /** Weight per synapse (pA or nS), or {@code null} when all equal {@link #constWeight}. */
    final float[] weights;
    final float constWeight;
    /** Delay per synapse in steps, or {@code null} when all equal {@link #constDelay}. */
    final int[] delays;
    final int constDelay;
    final int maxDelay;

    SynapseTable(int sourceSize, int targetSize, int[] rowPtr, int[] targets, float[] weights,
            float constWeight, int[] delays, int constDelay) {
        this.sourceSize = sourceSize;
        this.targetSize = targetSize;
        this.rowPtr = rowPtr;
        this.targets = targets;
        this.weights = weights;
        this.constWeight = constWeight;
        this.delays = delays;
        this.constDelay = constDelay;
        int max = constDelay;
        if (delays != null) {
            for (int d : delays) {
                max = Math.max(max, d);
            }
        }
        this.maxDelay = max;
    }

    int count() {
        return rowPtr[sourceSize];
    }

    float weight(int k) {
        return weights == null ? constWeight : weights[k];
    }

    int delay(int k) {
        return delays == null ? constDelay : delays[k];
    }
}
