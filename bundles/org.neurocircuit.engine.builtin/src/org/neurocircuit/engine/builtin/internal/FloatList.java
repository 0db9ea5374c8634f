package org.neurocircuit.engine.builtin.internal;

import java.util.Arrays;

/** A growable float array without boxing. */
final class FloatList {

    float[] data;
    int size;

    FloatList(int capacity) {
        data = new float[Math.max(4, capacity)];
    }

    void add(float v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 4);
        }
        data[size++] = v;
    }

    float[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
