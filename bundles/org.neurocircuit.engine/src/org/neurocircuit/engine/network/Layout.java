package org.neurocircuit.engine.network;

/**
 * Where a population's neurons sit in space, in µm, and whether space wraps around. Only
 * distance-dependent connection rules use positions.
 *
 * <p><b>Periodic boundaries.</b> A periodic layout places its neurons on a torus: along each
 * axis with a positive {@link Period} side {@code L}, the distance component is taken to the
 * nearest image, {@code dx - L round(dx / L)}, so it never exceeds {@code L / 2}. Neurons near
 * opposite edges are then neighbours, and every neuron sees the same surroundings (no edge
 * effects). A distance-dependent projection between two periodic layouts needs both to have the
 * same period.
 */
public sealed interface Layout {

    /** The torus distances wrap around for a population of {@code size} neurons; {@link Period#NONE} when not periodic. */
    Period period(int size);

    /**
     * Side lengths of the torus, µm, per axis; 0 along an axis that does not wrap.
     *
     * @param x side along x, µm (&ge; 0)
     * @param y side along y, µm (&ge; 0)
     * @param z side along z, µm (&ge; 0)
     */
    record Period(double x, double y, double z) {

        /** No wrapping along any axis. */
        public static final Period NONE = new Period(0, 0, 0);

        /** Whether distances wrap along at least one axis. */
        public boolean wraps() {
            return x > 0 || y > 0 || z > 0;
        }

        /** The sides as an array {x, y, z}, µm. */
        public double[] sides() {
            return new double[] {x, y, z};
        }
    }

    /** No positions. */
    record None() implements Layout {
        public Period period(int size) {
            return Period.NONE;
        }
    }

    /**
     * A 2-D grid filled row by row in the z = 0 plane, starting at the origin. When periodic, the
     * torus is {@code columns spacing} by {@code rows spacing}, with {@code rows = ceil(size / columns)},
     * so that the last and first column (row) are neighbours like any other.
     * @param columns neurons per row (&ge; 1)
     * @param spacing distance between neighbours, µm (&gt; 0)
     * @param periodic whether distances wrap around the grid
     */
    record Grid(int columns, double spacing, boolean periodic) implements Layout {

        /** A grid without periodic boundaries. */
        public Grid(int columns, double spacing) {
            this(columns, spacing, false);
        }

        public Period period(int size) {
            if (!periodic || columns < 1) {
                return Period.NONE;
            }
            long rows = (size + (long) columns - 1) / columns;
            return new Period(columns * spacing, rows * spacing, 0);
        }
    }

    /**
     * Positions drawn uniformly in the box {@code [0,width) x [0,height) x [0,depth)} from the
     * run's seed. When periodic, the torus is the box (an axis of extent 0 does not wrap).
     * @param width extent in x, µm (&ge; 0)
     * @param height extent in y, µm (&ge; 0)
     * @param depth extent in z, µm (&ge; 0)
     * @param periodic whether distances wrap around the box
     */
    record RandomBox(double width, double height, double depth, boolean periodic) implements Layout {

        /** A box without periodic boundaries. */
        public RandomBox(double width, double height, double depth) {
            this(width, height, depth, false);
        }

        public Period period(int size) {
            return periodic ? new Period(width, height, depth) : Period.NONE;
        }
    }

    /**
     * Given positions, with the torus they live on if they wrap.
     * @param xyz x, y, z of neuron 0, then of neuron 1, ..., µm; length is 3 times the size
     * @param torus the sides distances wrap around, µm ({@link Period#NONE} for none)
     */
    record Explicit(double[] xyz, Period torus) implements Layout {
        public Explicit {
            xyz = xyz.clone();
            java.util.Objects.requireNonNull(torus, "torus (use Period.NONE)");
        }

        /** Positions without periodic boundaries. */
        public Explicit(double[] xyz) {
            this(xyz, Period.NONE);
        }

        @Override
        public double[] xyz() {
            return xyz.clone();
        }

        public Period period(int size) {
            return torus;
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
