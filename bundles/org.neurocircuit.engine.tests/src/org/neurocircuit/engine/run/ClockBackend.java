package org.neurocircuit.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;

/**
 * A backend whose output is known exactly, so the pipeline's tests can check the run folder:
 * neuron {@code g} (global index) fires at every step {@code s} with {@code s % PERIOD == g % PERIOD}.
 * It records spike recorders only and reports other recorders as unsupported. It can be told to
 * need more memory than any limit, or to throw while simulating.
 */
final class ClockBackend implements SimulationBackendProvider {

    static final int PERIOD = 50;

    private final long bytes;
    private final boolean throwWhileRunning;

    ClockBackend(long bytes, boolean throwWhileRunning) {
        this.bytes = bytes;
        this.throwWhileRunning = throwWhileRunning;
    }

    @Override
    public String id() {
        return "clock";
    }

    @Override
    public String label() {
        return "Clock (test backend)";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Availability isAvailable() {
        return Availability.yes();
    }

    @Override
    public SupportReport supports(NetworkDescription network) {
        List<SupportReport.Unsupported> out = new ArrayList<>();
        for (Recorder r : network.recorders()) {
            if (!(r instanceof Recorder.Spikes)) {
                out.add(new SupportReport.Unsupported("recorder '" + r.name() + "'", "the clock backend records spikes only"));
            }
        }
        return new SupportReport(out);
    }

    @Override
    public SimulationSession createSession(RunRequest request) {
        return new Session(request);
    }

    private final class Session implements SimulationSession {
        private final RunRequest request;

        Session(RunRequest request) {
            this.request = request;
        }

        @Override
        public MemoryEstimate estimateMemory() {
            return new MemoryEstimate(bytes, request.effectiveMemoryLimit(), 0,
                    List.of(new MemoryEstimate.Part("clock table", bytes)));
        }

        @Override
        public NetworkSummary prepare(RunMonitor monitor) {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
            return new NetworkSummary(request.network().neuronCount(), 0, 0, bytes, 1, 1);
        }

        @Override
        public RunSummary run(RecordingSink sink, RunMonitor monitor) {
            NetworkDescription n = request.network();
            List<PopulationInfo> pops = new ArrayList<>();
            for (int p = 0; p < n.populations().size(); p++) {
                pops.add(new PopulationInfo(n.populations().get(p).name(), n.offset(p), n.populations().get(p).size()));
            }
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < n.recorders().size(); i++) {
                Recorder r = n.recorders().get(i);
                channels.add(new Channel(i, r.name(), Kind.SPIKES, r.population(), null, "", 1, null));
            }
            int steps = request.settings().steps();
            sink.open(new RecordingLayout(n.name(), request.settings().dt(), steps, pops, channels));
            monitor.begin("clock", steps);
            long spikes = 0;
            for (int step = 0; step < steps; step++) {
                if (throwWhileRunning && step == steps / 2) {
                    throw new IllegalStateException("the clock stopped at step " + step);
                }
                if (monitor.isCancelled()) {
                    sink.close(Completion.CANCELLED, "cancelled by the user");
                    return new RunSummary(Completion.CANCELLED, "cancelled by the user", step, spikes, 0, 1, 1);
                }
                for (Channel c : channels) {
                    PopulationInfo p = pops.get(c.population());
                    for (int g = p.offset(); g < p.offset() + p.size(); g++) {
                        if (step % PERIOD == g % PERIOD) {
                            sink.spikes(c.index(), 1, new int[] {g}, new int[] {step});
                        }
                    }
                }
                for (PopulationInfo p : pops) {
                    for (int g = p.offset(); g < p.offset() + p.size(); g++) {
                        spikes += step % PERIOD == g % PERIOD ? 1 : 0;
                    }
                }
                monitor.worked(1);
            }
            sink.close(Completion.COMPLETE, "");
            return new RunSummary(Completion.COMPLETE, "", steps, spikes, 0, 1, 1);
        }

        @Override
        public void finish() {
            // nothing held
        }
    }
}
