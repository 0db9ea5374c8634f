package org.neurocircuit.examples.backend;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.MemoryLimitExceededException;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;

/**
 * One run of the example backend: {@link #estimateMemory()} from the description alone,
 * {@link #prepare} refuses what cannot fit and builds, {@link #run} steps with progress and
 * cancellation and always closes the sink, {@link #finish} drops the network. Single-threaded.
 */
final class EulerSession implements SimulationSession {

    /** Steps between progress reports and cancellation checks. */
    private static final int CHECK_EVERY = 100;

    private final RunRequest request;
    private EulerNetwork net;
    private boolean ran;

    EulerSession(RunRequest request) {
        this.request = request;
    }

    @Override
    public MemoryEstimate estimateMemory() {
        NetworkDescription n = request.network();
        List<MemoryEstimate.Part> parts = new ArrayList<>();
        long synapses = 0;
        int maxDelay = 1;
        for (Projection p : n.projections()) {
            long ns = n.populations().get(p.source()).size();
            long nt = n.populations().get(p.target()).size();
            long k = p.rule() instanceof ConnectionRule.OneToOne ? ns
                    : p.rule() instanceof ConnectionRule.FixedProbability f ? Math.round(f.p() * ns * nt) : ns * nt;
            synapses += k;
            parts.add(new MemoryEstimate.Part("synapses of projection '" + p.name() + "'", 4 * k + 4 * (ns + 1)));
            maxDelay = Math.max(maxDelay, (int) Math.round(p.delay().mean() / request.settings().dt()));
        }
        long neurons = n.neuronCount();
        int channels = Math.max(1, (int) n.projections().stream().map(p -> p.receptor().tauSyn()).distinct().count());
        parts.add(new MemoryEstimate.Part("neuron state", neurons * 17));
        parts.add(new MemoryEstimate.Part("synaptic currents and delay buffers", 4L * neurons * channels * (maxDelay + 3)));
        long bytes = parts.stream().mapToLong(MemoryEstimate.Part::bytes).sum();
        return new MemoryEstimate(bytes, request.effectiveMemoryLimit(), synapses, parts);
    }

    @Override
    public NetworkSummary prepare(RunMonitor monitor) {
        if (net != null) {
            throw new IllegalStateException("session already prepared");
        }
        MemoryEstimate estimate = estimateMemory();
        if (!estimate.fits()) {
            throw new MemoryLimitExceededException(request.network().name(), estimate);
        }
        long t0 = System.nanoTime();
        monitor.begin("Building network '" + request.network().name() + "'", 1);
        if (monitor.isCancelled()) {
            throw new CancellationException("building cancelled");
        }
        int maxDelay = 1;
        for (Projection p : request.network().projections()) {
            maxDelay = Math.max(maxDelay, (int) Math.round(p.delay().mean() / request.settings().dt()));
        }
        net = new EulerNetwork(request.network(), request.settings(), maxDelay);
        monitor.worked(1);
        long synapses = net.synapseCount();
        long synapseBytes = 4 * synapses;
        return new NetworkSummary(net.neurons, synapses, synapseBytes, estimate.bytes(), System.nanoTime() - t0, 1);
    }

    @Override
    public RunSummary run(RecordingSink sink, RunMonitor monitor) {
        if (net == null) {
            throw new IllegalStateException("prepare the session before running it");
        }
        if (ran) {
            throw new IllegalStateException("a session runs once; create a new session");
        }
        ran = true;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        EulerRecording recording = new EulerRecording(net, sink);
        recording.open();
        Completion completion = Completion.COMPLETE;
        String reason = "";
        long spikes = 0;
        long events = 0;
        int s = 0;
        monitor.begin("Simulating '" + request.network().name() + "'", net.steps);
        try {
            for (; s < net.steps; s++) {
                net.step(s);
                recording.record(s);
                for (EulerNetwork.Synapses syn : net.synapses) {
                    for (int i = 0; i + 1 < syn.rowStart().length; i++) {
                        if (net.spiked[syn.sourceOffset() + i]) {
                            events += syn.rowStart()[i + 1] - syn.rowStart()[i];
                        }
                    }
                }
                for (boolean b : net.spiked) {
                    spikes += b ? 1 : 0;
                }
                if ((s + 1) % CHECK_EVERY == 0) {
                    monitor.worked(CHECK_EVERY);
                    if (monitor.isCancelled()) {
                        s++;
                        completion = Completion.CANCELLED;
                        reason = "cancelled at " + s * net.dt + " ms";
                        break;
                    }
                }
            }
            monitor.worked(s % CHECK_EVERY);
            recording.flush();
        } catch (RuntimeException e) {
            completion = Completion.FAILED;
            reason = "step " + s + ": " + e;
        } finally {
            sink.close(completion, reason);
        }
        return new RunSummary(completion, reason, s, spikes, events, System.nanoTime() - t0,
                cpu.getCurrentThreadCpuTime() - cpu0);
    }

    @Override
    public void finish() {
        net = null;
    }
}
