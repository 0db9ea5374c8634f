package org.neurocircuit.engine.builtin.internal;

import java.util.Arrays;

/** A growable int array without boxing. */
final class IntList {

    int[] data;
    int size;

    IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 4);
        }
        data[size++] = v;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
