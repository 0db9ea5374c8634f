package org.neurocircuit.engine.lowering;

import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.SimulationSettings;

/**
 * A circuit lowered for a run.
 *
 * @param network the EMF-free network
 * @param settings duration (ms), dt (ms), seed and threads from the circuit
 * @param backendId the backend the circuit asks for (e.g. {@code builtin})
 */
public record LoweredCircuit(NetworkDescription network, SimulationSettings settings, String backendId) {
}
