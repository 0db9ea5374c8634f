package org.neurocircuit.engine.cost;

import java.util.SplittableRandom;

import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.SpatialLayout;

/**
 * Neuron positions (µm) as the lowering places them (grid around its centre, random box from the
 * circuit seed and the population's index), so that distance-dependent counts use the very
 * positions a run would use.
 *
 * @param xyz x, y, z per neuron
 * @param period torus sides {x, y, z}, µm; 0 along an axis that does not wrap
 */
record NeuronPositions(double[] xyz, double[] period) {

    /** The positions, or {@code null} when the population has no usable layout. */
    static NeuronPositions of(Population population, int index, long seed) {
        int n = Math.max(0, population.getSize());
        SpatialLayout layout = population.getLayout();
        if (layout instanceof GridLayout grid) {
            return grid(grid, n);
        }
        if (layout instanceof RandomBoxLayout box) {
            return box(box, n, index, seed);
        }
        return null;
    }

    private static NeuronPositions grid(GridLayout grid, int n) {
        if (grid.getColumns() < 1 || (long) grid.getRows() * grid.getColumns() < n) {
            return null;
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
        double[] period = grid.isPeriodic()
                ? new double[] {grid.getColumns() * spacing, grid.getRows() * spacing, 0} : new double[3];
        return new NeuronPositions(xyz, period);
    }

    /** The same stream as the lowering's box positions (seed and population index). */
    private static NeuronPositions box(RandomBoxLayout box, int n, int index, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        double[] center = {box.getCenterX(), box.getCenterY(), box.getCenterZ()};
        double[] extent = {box.getExtentX(), box.getExtentY(), box.getExtentZ()};
        double[] xyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int axis = 0; axis < 3; axis++) {
                xyz[3 * i + axis] = center[axis] + extent[axis] * (random.nextDouble() - 0.5);
            }
        }
        return new NeuronPositions(xyz, box.isPeriodic() ? extent.clone() : new double[3]);
    }

    int size() {
        return xyz.length / 3;
    }

    /** Squared distance, µm², of neuron {@code j} here and neuron {@code t} of {@code other}, nearest image on a torus. */
    double distanceSquared(int j, NeuronPositions other, int t) {
        double sum = 0;
        for (int axis = 0; axis < 3; axis++) {
            double d = xyz[3 * j + axis] - other.xyz[3 * t + axis];
            double side = period[axis];
            if (side > 0) {
                d -= side * Math.rint(d / side);
            }
            sum += d * d;
        }
        return sum;
    }
}
