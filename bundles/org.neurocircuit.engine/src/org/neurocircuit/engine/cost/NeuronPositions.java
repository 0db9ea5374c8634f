package org.neurocircuit.engine.cost;

import org.neurocircuit.engine.lowering.LayoutPositions;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.SpatialLayout;

/**
 * Neuron positions (µm) computed by the lowering's own {@link LayoutPositions} (grid around its
 * centre, random box from the circuit seed and the population's index), so that
 * distance-dependent counts use the very positions a run would use.
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
            return LayoutPositions.holds(grid, n) ? of(LayoutPositions.grid(grid, n)) : null;
        }
        if (layout instanceof RandomBoxLayout box) {
            return of(LayoutPositions.box(box, n, index, seed));
        }
        return null;
    }

    private static NeuronPositions of(Layout.Explicit positions) {
        return new NeuronPositions(positions.xyz(), positions.torus().sides());
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
