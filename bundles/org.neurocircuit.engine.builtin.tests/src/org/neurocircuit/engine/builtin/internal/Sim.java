package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;

/** Runs a network on the built-in engine and keeps what it recorded. */
final class Sim {

    final CollectingSink sink = new CollectingSink();
    final BuiltinSession session;
    final NetworkSummary built;
    final RunSummary summary;

    private Sim(NetworkDescription net, SimulationSettings s, RunMonitor monitor) {
        session = new BuiltinSession(RunRequest.of(net, s));
        built = session.prepare(RunMonitor.NONE);
        summary = session.run(sink, monitor);
    }

    static Sim run(NetworkDescription net, SimulationSettings s) {
        return new Sim(net, s, RunMonitor.NONE);
    }

    static Sim run(NetworkDescription net, SimulationSettings s, RunMonitor monitor) {
        return new Sim(net, s, monitor);
    }

    static SimulationSettings settings(double durationMs, double dt) {
        return new SimulationSettings(durationMs, dt, 1, 1);
    }
}
