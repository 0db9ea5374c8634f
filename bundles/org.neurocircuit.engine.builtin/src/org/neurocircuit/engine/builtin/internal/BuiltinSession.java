package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.MemoryLimitExceededException;
import org.neurocircuit.engine.spi.NetworkSummary;
import org.neurocircuit.engine.spi.RecordingSink;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationException;
import org.neurocircuit.engine.spi.SimulationSession;

/** A session of the built-in engine: estimate, compile, run, release. */
public final class BuiltinSession implements SimulationSession {

    private final RunRequest request;
    private CompiledNetwork net;
    private boolean ran;

    public BuiltinSession(RunRequest request) {
        this.request = request;
    }

    @Override
    public MemoryEstimate estimateMemory() {
        return MemoryEstimator.estimate(request);
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
        try {
            net = new NetworkCompiler(request.network(), request.settings()).compile(monitor);
        } catch (OutOfMemoryError e) {
            throw new SimulationException("Network '" + request.network().name()
                    + "' did not fit in memory while building (estimate was "
                    + MemoryEstimate.human(estimate.bytes()) + "); raise the JVM's -Xmx or reduce the network.", e);
        }
        return new NetworkSummary(net.neurons, net.synapses(), net.synapseBytes(), net.totalBytes(),
                net.buildNanos, net.threads);
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
        Recording recording;
        try {
            recording = new Recording(request.network(), net, sink);
            recording.open();
        } catch (RuntimeException e) {
            sink.close(Completion.FAILED, "recording could not start: " + e.getMessage());
            throw e;
        }
        StepLoop loop = new StepLoop(net, recording, monitor);
        RunSummary summary = loop.run();
        try {
            recording.flush();
        } finally {
            sink.close(summary.completion(), summary.reason());
        }
        return summary;
    }

    @Override
    public void finish() {
        net = null;
    }

    /** The compiled network, or {@code null} before prepare and after finish. */
    CompiledNetwork compiled() {
        return net;
    }

    /**
     * The current weights of a projection's synapses (pA or nS), block by block; for tests and
     * inspection of plastic projections.
     */
    public float[] weights(String projectionName) {
        ProjectionRuntime p = net == null ? null : net.projection(projectionName);
        if (p == null) {
            throw new IllegalArgumentException("no projection '" + projectionName + "' in a prepared session");
        }
        float[] out = new float[(int) p.synapses];
        int pos = 0;
        for (SynapseBlock b : p.blocks) {
            for (int k = 0; k < b.count(); k++) {
                out[pos++] = b.w != null ? b.w[k] : b.constW;
            }
        }
        return out;
    }
}
