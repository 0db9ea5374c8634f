package org.neurocircuit.engine.builtin.internal;

/**
 * The refractory neurons of one thread's range of a population, in spike order. All neurons of
 * a population share the refractory period, so they leave in the order they entered: a FIFO
 * ring of (neuron, last clamped step). Clamping only the few refractory neurons keeps the
 * membrane update a plain, vectorisable loop over all neurons.
 */
final class RefractoryQueue {

    private int[] neuron = new int[64];
    private int[] until = new int[64];
    private int head;
    private int size;

    /** Neuron {@code i} is held at reset through step {@code lastStep}. */
    void add(int i, int lastStep) {
        if (size == neuron.length) {
            grow();
        }
        int pos = (head + size) % neuron.length;
        neuron[pos] = i;
        until[pos] = lastStep;
        size++;
    }

    /** Drops neurons whose refractoriness ended before {@code step}; sets the rest to {@code vReset}. */
    void clamp(float[] v, float vReset, int step) {
        final int[] nb = neuron, ub = until;
        final int cap = nb.length;
        int h = head, n = size;
        while (n > 0 && ub[h] < step) {
            h = h + 1 == cap ? 0 : h + 1;
            n--;
        }
        head = h;
        size = n;
        int end = h + n;
        if (end <= cap) {
            for (int p = h; p < end; p++) {
                v[nb[p]] = vReset;
            }
        } else {
            for (int p = h; p < cap; p++) {
                v[nb[p]] = vReset;
            }
            for (int p = 0; p < end - cap; p++) {
                v[nb[p]] = vReset;
            }
        }
    }

    private void grow() {
        int n = neuron.length;
        int[] nn = new int[2 * n];
        int[] nu = new int[2 * n];
        for (int k = 0; k < size; k++) {
            nn[k] = neuron[(head + k) % n];
            nu[k] = until[(head + k) % n];
        }
        neuron = nn;
        until = nu;
        head = 0;
    }
}
