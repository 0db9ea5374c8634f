package org.neurocircuit.engine.builtin;

import org.neurocircuit.engine.builtin.internal.BuiltinSession;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;

/**
 * The built-in spiking engine: pure Java, always available, supports every element of the
 * network description.
 */
public final class BuiltinBackendProvider implements SimulationBackendProvider {

    /** The backend's identifier. */
    public static final String ID = "builtin";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Built-in spiking engine";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Availability isAvailable() {
        return Availability.yes();
    }

    @Override
    public SupportReport supports(NetworkDescription network) {
        return SupportReport.all();
    }

    @Override
    public SimulationSession createSession(RunRequest request) {
        return new BuiltinSession(request);
    }
}
