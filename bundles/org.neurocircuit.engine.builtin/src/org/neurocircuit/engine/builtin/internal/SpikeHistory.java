package org.neurocircuit.engine.builtin.internal;

/**
 * The spikes of one population over the last {@code depth} steps (local indices, ascending),
 * for STDP arrivals that happen a delay after the spike. Thread 0 records step m during
 * phase B of step m; readers in that phase only look at older steps, so a ring of
 * {@code depth + 1} entries never overwrites what is being read.
 */
final class SpikeHistory {

    private final int[][] lists;
    private final int[] counts;
    private final int slots;

    SpikeHistory(int depth) {
        slots = depth + 1;
        lists = new int[slots][16];
        counts = new int[slots];
    }

    void record(int step, StepSpikes spikes, int population, int offset) {
        int s = step % slots;
        int n = spikes.count(population);
        if (lists[s].length < n) {
            lists[s] = new int[Math.max(n, lists[s].length * 2)];
        }
        int[] out = lists[s];
        int c = 0;
        for (int t = 0; t < spikes.lists.length; t++) {
            int[] data = spikes.lists[t].data;
            for (int i = spikes.starts[t][population]; i < spikes.starts[t][population + 1]; i++) {
                out[c++] = data[i] - offset;
            }
        }
        counts[s] = c;
    }

    /** The spikes of {@code step} (valid for the last {@code depth} recorded steps). */
    int[] at(int step) {
        return lists[step % slots];
    }

    int countAt(int step) {
        return step < 0 ? 0 : counts[step % slots];
    }
}
