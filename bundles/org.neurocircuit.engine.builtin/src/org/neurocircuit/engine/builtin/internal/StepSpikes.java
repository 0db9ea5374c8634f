package org.neurocircuit.engine.builtin.internal;

/**
 * The spikes of the current step: one ascending list of global neuron indices per thread,
 * with the start of each population's run in each list. Read in thread order, the lists give
 * all spikes ascending, whatever the number of threads.
 */
final class StepSpikes {

    final IntList[] lists;
    /** {@code starts[t][p]}: index in list t of population p's first spike; {@code [t][P]} = end. */
    final int[][] starts;

    StepSpikes(int threads, int populations) {
        lists = new IntList[threads];
        starts = new int[threads][populations + 1];
        for (int t = 0; t < threads; t++) {
            lists[t] = new IntList(1024);
        }
    }

    /** The number of spikes of population {@code p}. */
    int count(int p) {
        int c = 0;
        for (int t = 0; t < lists.length; t++) {
            c += starts[t][p + 1] - starts[t][p];
        }
        return c;
    }

    /** The total number of spikes. */
    int total() {
        int c = 0;
        for (IntList l : lists) {
            c += l.size;
        }
        return c;
    }
}
