package org.neurocircuit.engine.builtin.internal;

import java.util.List;

/**
 * A network compiled into flat arrays, partitioned for a number of threads: kernels per
 * population, projections with per-thread synapse blocks, stimuli per population, and each
 * thread's neuron range per population.
 */
final class CompiledNetwork {

    final String name;
    final double dt;
    final int steps;
    final int threads;
    final int neurons;
    final Kernel[] kernels;
    final ProjectionRuntime[] projections;
    /** Per population: its current stimuli and its spiking stimuli. */
    final CurrentStimulus[][] currentStimuli;
    final EventStimulus[][] eventStimuli;
    /** Per population: projections from it that keep presynaptic state (STP, STDP). */
    final ProjectionRuntime[][] presynapticState;
    /** Per population: STDP projections onto it (potentiated when it spikes). */
    final ProjectionRuntime[][] stdpOnto;
    /** {@code rangeFrom[t][p]}, {@code rangeTo[t][p]}: thread t's neurons of population p (local). */
    final int[][] rangeFrom;
    final int[][] rangeTo;
    final long buildNanos;

    CompiledNetwork(String name, double dt, int steps, int threads, Kernel[] kernels,
            ProjectionRuntime[] projections, CurrentStimulus[][] currentStimuli,
            EventStimulus[][] eventStimuli, int[][] rangeFrom, int[][] rangeTo, long buildNanos) {
        this.name = name;
        this.dt = dt;
        this.steps = steps;
        this.threads = threads;
        this.kernels = kernels;
        this.projections = projections;
        this.currentStimuli = currentStimuli;
        this.eventStimuli = eventStimuli;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
        this.buildNanos = buildNanos;
        int n = 0;
        for (Kernel k : kernels) {
            n += k.size;
        }
        this.neurons = n;
        int pops = kernels.length;
        presynapticState = new ProjectionRuntime[pops][];
        stdpOnto = new ProjectionRuntime[pops][];
        for (int p = 0; p < pops; p++) {
            final int pp = p;
            presynapticState[p] = List.of(projections).stream()
                    .filter(r -> r.sourcePop == pp && (r.stp != null || r.stdp != null))
                    .toArray(ProjectionRuntime[]::new);
            stdpOnto[p] = List.of(projections).stream()
                    .filter(r -> r.target.index == pp && r.stdp != null)
                    .toArray(ProjectionRuntime[]::new);
        }
    }

    long synapses() {
        long s = 0;
        for (ProjectionRuntime p : projections) {
            s += p.synapses;
        }
        return s;
    }

    long synapseBytes() {
        long b = 0;
        for (ProjectionRuntime p : projections) {
            b += p.synapseBytes();
        }
        return b;
    }

    long totalBytes() {
        long b = 0;
        for (ProjectionRuntime p : projections) {
            b += p.bytes();
        }
        for (Kernel k : kernels) {
            b += k.stateBytes() + (k.iExt == null ? 0 : 4L * k.iExt.length) + k.receptorBytes();
        }
        return b;
    }

    /** The projection with this name, or {@code null}. */
    ProjectionRuntime projection(String projectionName) {
        for (ProjectionRuntime p : projections) {
            if (p.name.equals(projectionName)) {
                return p;
            }
        }
        return null;
    }
}
