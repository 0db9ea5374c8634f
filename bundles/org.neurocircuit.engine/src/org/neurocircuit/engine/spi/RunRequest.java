package org.neurocircuit.engine.spi;

import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.NetworkValidator;
import org.neurocircuit.engine.network.SimulationSettings;

/**
 * What to run: a network and the run settings. Constructing a request validates the
 * combination and throws {@link org.neurocircuit.engine.network.InvalidNetworkException}
 * listing every problem.
 *
 * @param network the network
 * @param settings duration, dt, seed, threads
 * @param memoryLimit largest memory the run may use, bytes; 0 means the default,
 *                    {@link #DEFAULT_HEAP_FRACTION} of the JVM's maximum heap
 */
public record RunRequest(NetworkDescription network, SimulationSettings settings, long memoryLimit) {

    /** The fraction of the maximum heap a run may use by default. */
    public static final double DEFAULT_HEAP_FRACTION = 0.75;

    public RunRequest {
        NetworkValidator.require(network, settings);
        if (memoryLimit < 0) {
            throw new IllegalArgumentException("memory limit must be 0 (default) or positive, was " + memoryLimit);
        }
    }

    /** A request with the default memory limit. */
    public static RunRequest of(NetworkDescription network, SimulationSettings settings) {
        return new RunRequest(network, settings, 0);
    }

    /** The memory limit in bytes, with the default resolved against this JVM. */
    public long effectiveMemoryLimit() {
        return memoryLimit > 0 ? memoryLimit
                : (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_FRACTION);
    }
}
