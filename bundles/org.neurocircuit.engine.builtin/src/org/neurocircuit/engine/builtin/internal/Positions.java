package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.Population;

/** Neuron coordinates (µm) from a population's layout. */
final class Positions {

    private Positions() {
    }

    /** x, y, z per neuron (length {@code 3 size}), or {@code null} without a layout. */
    static double[] of(Population p, int populationIndex, long seed) {
        int n = p.size();
        return switch (p.layout()) {
            case Layout.None none -> null;
            case Layout.Explicit e -> e.xyz();
            case Layout.Grid g -> {
                double[] xyz = new double[3 * n];
                for (int i = 0; i < n; i++) {
                    xyz[3 * i] = (i % g.columns()) * g.spacing();
                    xyz[3 * i + 1] = (i / g.columns()) * g.spacing();
                }
                yield xyz;
            }
            case Layout.RandomBox b -> {
                double[] xyz = new double[3 * n];
                Rng rng = Rng.stream(seed, Rng.LAYOUT, populationIndex, 0);
                for (int i = 0; i < n; i++) {
                    xyz[3 * i] = b.width() * rng.nextDouble();
                    xyz[3 * i + 1] = b.height() * rng.nextDouble();
                    xyz[3 * i + 2] = b.depth() * rng.nextDouble();
                }
                yield xyz;
            }
        };
    }
}
