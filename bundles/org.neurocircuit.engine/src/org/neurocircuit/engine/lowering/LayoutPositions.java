package org.neurocircuit.engine.lowering;

import java.util.SplittableRandom;

import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.RandomBoxLayout;

/**
 * Neuron positions, µm, of the metamodel's layouts: the one computation both the lowering and the
 * cost preview use, so a preview counts the very positions a run is built with. Problems are the
 * caller's to report (the lowering names the element, the preview says what it could not count).
 */
public final class LayoutPositions {

    private LayoutPositions() {
    }

    /** Whether the grid has room for {@code n} neurons (at least one column). */
    public static boolean holds(GridLayout grid, int n) {
        return grid.getColumns() >= 1 && (long) grid.getRows() * grid.getColumns() >= n;
    }

    /**
     * Grid positions row by row around the layout's centre, with the grid's torus (columns x
     * spacing by rows x spacing) if periodic; the grid must {@link #holds hold} {@code n} neurons.
     */
    public static Layout.Explicit grid(GridLayout grid, int n) {
        if (!holds(grid, n)) {
            throw new IllegalArgumentException("grid of " + grid.getRows() + " x " + grid.getColumns()
                    + " holds fewer than " + n + " neurons");
        }
        double spacing = grid.getSpacing();
        double x0 = grid.getCenterX() - 0.5 * (grid.getColumns() - 1) * spacing;
        double y0 = grid.getCenterY() - 0.5 * (grid.getRows() - 1) * spacing;
        double[] xyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = x0 + (i % grid.getColumns()) * spacing;
            xyz[3 * i + 1] = y0 + (i / grid.getColumns()) * spacing;
            xyz[3 * i + 2] = grid.getCenterZ();
        }
        Layout.Period torus = grid.isPeriodic()
                ? new Layout.Period(grid.getColumns() * spacing, grid.getRows() * spacing, 0) : Layout.Period.NONE;
        return new Layout.Explicit(xyz, torus);
    }

    /**
     * Positions drawn uniformly in the box around the layout's centre from a stream of the circuit
     * seed and the population's index: the same circuit gives the same positions on every backend
     * and thread count. A periodic box wraps around its extents (an axis of extent 0 does not wrap).
     */
    public static Layout.Explicit box(RandomBoxLayout box, int n, int index, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        double[] center = {box.getCenterX(), box.getCenterY(), box.getCenterZ()};
        double[] extent = {box.getExtentX(), box.getExtentY(), box.getExtentZ()};
        double[] xyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int axis = 0; axis < 3; axis++) {
                xyz[3 * i + axis] = center[axis] + extent[axis] * (random.nextDouble() - 0.5);
            }
        }
        Layout.Period torus = box.isPeriodic() ? new Layout.Period(extent[0], extent[1], extent[2]) : Layout.Period.NONE;
        return new Layout.Explicit(xyz, torus);
    }
}
