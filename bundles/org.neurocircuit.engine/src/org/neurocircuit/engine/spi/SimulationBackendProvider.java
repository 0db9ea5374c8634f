package org.neurocircuit.engine.spi;

import org.neurocircuit.engine.network.NetworkDescription;

/**
 * A simulation backend. Providers are found through a registry and must be cheap to construct:
 * heavy work belongs in {@link #createSession(RunRequest)} and the session's lifecycle.
 */
public interface SimulationBackendProvider {

    /** A stable identifier, e.g. {@code "builtin"}. */
    String id();

    /** A human-readable name, e.g. {@code "Built-in spiking engine"}. */
    String label();

    /** The backend's version, recorded with each run's provenance. */
    String version();

    /** Whether the backend can run here now, with the reason when it cannot. */
    Availability isAvailable();

    /** The elements of the network this backend cannot simulate, named, with reasons. */
    SupportReport supports(NetworkDescription network);

    /**
     * A new session for one run. Does not compile anything yet.
     *
     * @throws SimulationException when the request cannot be run by this backend
     */
    SimulationSession createSession(RunRequest request);
}
