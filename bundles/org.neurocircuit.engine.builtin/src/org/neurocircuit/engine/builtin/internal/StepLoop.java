package org.neurocircuit.engine.builtin.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunSummary;

/**
 * The main loop: for every step, phase A (stimuli, neuron updates, presynaptic state) and
 * phase B (STDP potentiation, delivery, recording), each over the threads' own ranges, with a
 * barrier after each phase. Thread 0 is the calling thread; it also records, reports progress
 * and decides when to stop (end, cancellation or a failure in any thread).
 */
final class StepLoop {

    /** Progress and cancellation are checked every this many steps. */
    private static final int CHECK_EVERY = 100;

    private final CompiledNetwork net;
    private final Recording recording;
    private final RunMonitor monitor;
    private final StepSpikes spikes;
    private final long[] events;
    private final long[] spikeCounts;
    private final SpinBarrier barrier;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong cpuNanos = new AtomicLong();
    private volatile boolean stop;
    private int stepsDone;
    private boolean cancelled;

    StepLoop(CompiledNetwork net, Recording recording, RunMonitor monitor) {
        this.net = net;
        this.recording = recording;
        this.monitor = monitor;
        this.spikes = new StepSpikes(net.threads, net.kernels.length);
        this.events = new long[net.threads * 8];
        this.spikeCounts = new long[net.threads * 8];
        this.barrier = new SpinBarrier(net.threads);
    }

    RunSummary run() {
        monitor.begin("Simulating '" + net.name + "'", net.steps);
        long wall0 = System.nanoTime();
        Thread[] workers = new Thread[net.threads - 1];
        for (int t = 1; t < net.threads; t++) {
            final int id = t;
            workers[t - 1] = new Thread(() -> loop(id), "neurocircuit-engine-" + t);
            workers[t - 1].setDaemon(true);
            workers[t - 1].start();
        }
        loop(0);
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long wall = System.nanoTime() - wall0;
        long ev = 0, sp = 0;
        for (int t = 0; t < net.threads; t++) {
            ev += events[t * 8];
            sp += spikeCounts[t * 8];
        }
        Throwable f = failure.get();
        Completion c = f != null ? Completion.FAILED : cancelled ? Completion.CANCELLED : Completion.COMPLETE;
        String reason = f != null ? "the engine failed at step " + stepsDone + ": " + f
                : cancelled ? "cancelled at " + stepsDone * net.dt + " ms" : "";
        return new RunSummary(c, reason, stepsDone, sp, ev, wall, cpuNanos.get());
    }

    Throwable failure() {
        return failure.get();
    }

    private void loop(int t) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        boolean parallel = net.threads > 1;
        for (int step = 0; step < net.steps; step++) {
            try {
                phaseA(t, step);
            } catch (Throwable e) {
                fail(e);
            }
            if (parallel) {
                barrier.await();
            }
            try {
                phaseB(t, step);
                if (t == 0) {
                    endOfStep(step);
                }
            } catch (Throwable e) {
                fail(e);
            }
            if (parallel) {
                barrier.await();
            }
            if (stop) {
                break;
            }
        }
        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
    }

    private void fail(Throwable e) {
        failure.compareAndSet(null, e);
        stop = true;
    }

    private void phaseA(int t, int step) {
        IntList list = spikes.lists[t];
        list.clear();
        int[] starts = spikes.starts[t];
        Kernel[] kernels = net.kernels;
        for (int p = 0; p < kernels.length; p++) {
            starts[p] = list.size;
            int from = net.rangeFrom[t][p], to = net.rangeTo[t][p];
            if (from >= to) {
                continue;
            }
            Kernel k = kernels[p];
            CurrentStimulus[] cur = net.currentStimuli[p];
            if (cur.length > 0) {
                java.util.Arrays.fill(k.iExt, from, to, 0f);
                for (CurrentStimulus s : cur) {
                    s.apply(k.iExt, from, to, step);
                }
            }
            for (EventStimulus s : net.eventStimuli[p]) {
                s.apply(from, to, step);
            }
            k.update(t, from, to, step, list);
            ProjectionRuntime[] pre = net.presynapticState[p];
            if (pre.length > 0) {
                for (int i = starts[p]; i < list.size; i++) {
                    int j = list.data[i] - k.offset;
                    for (ProjectionRuntime pr : pre) {
                        pr.sourceSpiked(j, step + 1);
                    }
                }
            }
        }
        starts[kernels.length] = list.size;
        spikeCounts[t * 8] += list.size;
    }

    private void phaseB(int t, int step) {
        IntList own = spikes.lists[t];
        int[] starts = spikes.starts[t];
        for (int p = 0; p < net.kernels.length; p++) {
            for (ProjectionRuntime pr : net.stdpOnto[p]) {
                SynapseBlock b = pr.blocks[t];
                int off = net.kernels[p].offset;
                for (int i = starts[p]; i < starts[p + 1]; i++) {
                    pr.stdp.potentiate(b, own.data[i] - off, step + 1);
                }
            }
        }
        long ev = 0;
        for (ProjectionRuntime pr : net.projections) {
            ev += pr.deliver(t, step, spikes);
        }
        events[t * 8] += ev;
    }

    /** Thread 0, still within phase B: bookkeeping that must happen once per step. */
    private void endOfStep(int step) {
        for (ProjectionRuntime pr : net.projections) {
            if (pr.stdp != null) {
                pr.stdp.history.record(step, spikes, pr.sourcePop, pr.sourceOffset);
            }
        }
        for (EventStimulus[] es : net.eventStimuli) {
            for (EventStimulus e : es) {
                e.endStep(step);
            }
        }
        recording.step(step, spikes);
        stepsDone = step + 1;
        if (stepsDone % CHECK_EVERY == 0 || stepsDone == net.steps) {
            monitor.worked(stepsDone % CHECK_EVERY == 0 ? CHECK_EVERY : stepsDone % CHECK_EVERY);
            if (monitor.isCancelled()) {
                cancelled = true;
                stop = true;
            }
        }
    }
}
