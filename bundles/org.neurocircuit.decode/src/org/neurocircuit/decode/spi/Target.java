package org.neurocircuit.decode.spi;

import java.util.Arrays;

/**
 * What is decoded, one value per row of the {@link FeatureMatrix} it goes with. For a
 * classification decoder the distinct values are the classes (e.g. stimulus amplitudes 0, 50,
 * 100 pA), taken in ascending order.
 *
 * @param name what the values are (a stimulus parameter, "value" for a CSV column)
 * @param unit their unit ("" when unknown)
 * @param values one value per row; the array is shared, do not change it
 */
public record Target(String name, String unit, double[] values) {

    /** The most classes a classification target may have. */
    public static final int MAX_CLASSES = 256;

    public Target {
        name = name == null ? "target" : name;
        unit = unit == null ? "" : unit;
    }

    public int length() {
        return values.length;
    }

    public double value(int row) {
        return values[row];
    }

    /** The values at {@code indices}. */
    public Target rows(int[] indices) {
        double[] v = new double[indices.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[indices[i]];
        }
        return new Target(name, unit, v);
    }

    /** Whether every value is the same (R² is then undefined and nothing can be decoded). */
    public boolean isConstant() {
        for (double v : values) {
            if (Double.compare(v, values[0]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The classes: the distinct values, ascending.
     *
     * @throws DecodingException when there are more than {@value #MAX_CLASSES}
     */
    public double[] classes() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) {
                if (k == MAX_CLASSES) {
                    throw new DecodingException("the target '" + name + "' takes more than " + MAX_CLASSES
                            + " distinct values; a classifier needs a few discrete classes: use a regression"
                            + " decoder, or give a target with discrete values");
                }
                sorted[k++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    /** The index of each value in {@code classes} (which must hold them all). */
    public int[] classIndices(double[] classes) {
        int[] idx = new int[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = Arrays.binarySearch(classes, values[i]);
            if (idx[i] < 0) {
                throw new DecodingException("target value " + values[i] + " in row " + i + " is not one of the classes "
                        + Arrays.toString(classes));
            }
        }
        return idx;
    }
}
