package org.neurocircuit.engine.network;

/**
 * How long and how finely to simulate.
 *
 * @param duration simulated time, ms (&gt; 0, a whole number of steps)
 * @param dt time step, ms (&gt; 0)
 * @param seed seed of every random choice (connectivity, initial state, sources); the same seed
 *             gives the same run whatever the number of threads
 * @param threads worker threads (&ge; 1)
 */
public record SimulationSettings(double duration, double dt, long seed, int threads) {

    /** The number of time steps. */
    public int steps() {
        return (int) Math.round(duration / dt);
    }

    /** These settings with another number of threads. */
    public SimulationSettings withThreads(int n) {
        return new SimulationSettings(duration, dt, seed, n);
    }

    /** These settings with another seed. */
    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(duration, dt, s, threads);
    }

    /** These settings with another duration, ms. */
    public SimulationSettings withDuration(double ms) {
        return new SimulationSettings(ms, dt, seed, threads);
    }
}
