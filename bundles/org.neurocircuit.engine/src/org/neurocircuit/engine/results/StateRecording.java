package org.neurocircuit.engine.results;

import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/**
 * The samples of one state channel: {@code rows} samples of {@code width} neurons, row-major,
 * in the channel's unit. The arrays are freshly read and belong to the caller.
 *
 * @param channel the channel (variable, unit, recorded neurons in column order)
 * @param population the recorded population
 * @param dt time step, ms
 * @param steps step of each sample; its time is {@code steps[row] * dt}
 * @param values {@code steps.length * width} values, sample after sample
 * @param width values per sample (recorded neurons)
 */
public record StateRecording(Channel channel, PopulationInfo population, double dt, int[] steps,
        float[] values, int width) {

    public StateRecording {
        if ((long) steps.length * width != values.length) {
            throw new IllegalArgumentException(values.length + " values are not " + steps.length + " rows of " + width);
        }
    }

    /** The number of samples. */
    public int rows() {
        return steps.length;
    }

    /** The value of neuron column {@code column} in sample {@code row}. */
    public float value(int row, int column) {
        return values[row * width + column];
    }

    /** The trace of one neuron column over all samples (a new array). */
    public float[] trace(int column) {
        if (column < 0 || column >= width) {
            throw new IndexOutOfBoundsException("column " + column + " of " + width);
        }
        float[] t = new float[steps.length];
        for (int r = 0; r < t.length; r++) {
            t[r] = values[r * width + column];
        }
        return t;
    }

    /** The time of sample {@code row}, ms. */
    public double timeMs(int row) {
        return steps[row] * dt;
    }
}
