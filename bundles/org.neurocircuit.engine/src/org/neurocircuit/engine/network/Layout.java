package org.neurocircuit.engine.network;

/**
 * Where a population's neurons sit in space, in µm. Only distance-dependent connection rules
 * use positions.
 */
public sealed interface Layout {

    /** No positions. */
    record None() implements Layout {
    }

    /**
     * A 2-D grid filled row by row in the z = 0 plane, starting at the origin.
     * @param columns neurons per row (&ge; 1)
     * @param spacing distance between neighbours, µm (&gt; 0)
     */
    record Grid(int columns, double spacing) implements Layout {
    }

    /**
     * Positions drawn uniformly in the box {@code [0,width) x [0,height) x [0,depth)} from the
     * run's seed.
     * @param width extent in x, µm (&ge; 0)
     * @param height extent in y, µm (&ge; 0)
     * @param depth extent in z, µm (&ge; 0)
     */
    record RandomBox(double width, double height, double depth) implements Layout {
    }

    /**
     * Given positions.
     * @param xyz x, y, z of neuron 0, then of neuron 1, ..., µm; length is 3 times the size
     */
    record Explicit(double[] xyz) implements Layout {
        public Explicit {
            xyz = xyz.clone();
        }

        @Override
        public double[] xyz() {
            return xyz.clone();
        }

        /** Coordinate {@code axis} (0 = x, 1 = y, 2 = z) of a neuron, µm. */
        public double coordinate(int neuron, int axis) {
            return xyz[3 * neuron + axis];
        }

        /** The number of positions held. */
        public int count() {
            return xyz.length / 3;
        }
    }

    /** The layout without positions. */
    Layout NONE = new None();
}
