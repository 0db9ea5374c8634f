package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Stimulus;

/**
 * A spiking stimulus on one target population: events are added, without delay, to the
 * receptor's ring row of the current step, so an event in {@code [n h, (n+1) h)} enters the
 * receptor state (or, for a delta receptor, jumps V) at the end of step n. Poisson events are
 * independent per neuron, drawn from the neuron's own stream ({@link PoissonCounts}); several
 * events in one step add up.
 */
final class EventStimulus {

    private final ReceptorChannel channel;
    private final float weight;
    private final int startStep;
    private final int stopStep;
    /** Poisson: the counts per neuron and step. */
    private final PoissonCounts poisson;
    /** Spike times: event steps, ascending. */
    private final int[] eventSteps;
    private int cursor;

    EventStimulus(Stimulus s, int stimulusIndex, Kernel target, ReceptorChannel channel,
            double dt, long seed) {
        this.channel = channel;
        this.startStep = CurrentStimulus.firstStep(s.start(), dt);
        this.stopStep = CurrentStimulus.firstStep(s.stop(), dt);
        if (s instanceof Stimulus.Poisson p) {
            weight = (float) p.weight();
            long[] keys = new long[target.size];
            for (int i = 0; i < target.size; i++) {
                keys[i] = Rng.key(seed, Rng.STIMULUS, stimulusIndex, target.offset + i);
            }
            poisson = new PoissonCounts(p.rate(), dt, s.start(), s.stop(), keys);
            eventSteps = null;
        } else if (s instanceof Stimulus.SpikeTimes st) {
            weight = (float) st.weight();
            double[] t = st.times();
            int[] steps = new int[t.length];
            int n = 0;
            for (double x : t) {
                if (x >= s.start() && x < s.stop()) {
                    steps[n++] = (int) Math.max(0, Math.round(x / dt) - 1);
                }
            }
            eventSteps = java.util.Arrays.copyOf(steps, n);
            poisson = null;
        } else {
            throw new IllegalArgumentException("not a spiking stimulus: " + s.name());
        }
    }

    void apply(int from, int to, int step) {
        float[] ring = channel.slot(step);
        if (poisson != null) {
            if (step < startStep - 1 || step >= stopStep) {
                return;
            }
            poisson.add(ring, weight, from, to, step);
        } else {
            // the cursor is shared by all threads' ranges: count events of this step without moving it
            int c = cursor;
            while (c < eventSteps.length && eventSteps[c] < step) {
                c++;
            }
            int count = 0;
            while (c + count < eventSteps.length && eventSteps[c + count] == step) {
                count++;
            }
            if (count > 0) {
                float add = count * weight;
                for (int i = from; i < to; i++) {
                    ring[i] += add;
                }
            }
        }
    }

    /** Moves the shared spike-time cursor past {@code step}; called once per step by one thread. */
    void endStep(int step) {
        if (eventSteps != null) {
            while (cursor < eventSteps.length && eventSteps[cursor] <= step) {
                cursor++;
            }
        }
    }
}
