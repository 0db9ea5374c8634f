package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Stimulus;

/**
 * A current stimulus on one target population: adds its current (pA) to the population's
 * external current array, constant within each step, evaluated at the step's start. Noise
 * draws one value per neuron and step from the neuron's own stream.
 */
final class CurrentStimulus {

    private final Stimulus stimulus;
    private final int startStep;
    private final int stopStep;
    private final double dt;
    /** Per-neuron stream counters (noise only). */
    private final long[] noise;

    CurrentStimulus(Stimulus s, int stimulusIndex, Kernel target, double dt, long seed) {
        this.stimulus = s;
        this.dt = dt;
        this.startStep = firstStep(s.start(), dt);
        this.stopStep = firstStep(s.stop(), dt);
        if (s instanceof Stimulus.Noise) {
            noise = new long[target.size];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = Rng.key(seed, Rng.STIMULUS, stimulusIndex, target.offset + i);
            }
        } else {
            noise = null;
        }
    }

    /** The first step whose start time is at or after {@code t}. */
    static int firstStep(double t, double dt) {
        if (t >= Integer.MAX_VALUE * dt) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.ceil(t / dt - 1e-9);
    }

    void apply(float[] iExt, int from, int to, int step) {
        if (step < startStep || step >= stopStep) {
            return;
        }
        if (noise != null) {
            Stimulus.Noise n = (Stimulus.Noise) stimulus;
            for (int i = from; i < to; i++) {
                noise[i] += 2 * Rng.STEP;
                // Box–Muller from two counter values of the neuron's stream
                double u1 = Rng.uniform(noise[i] - Rng.STEP);
                double u2 = Rng.uniform(noise[i]);
                double g = StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
                iExt[i] += (float) (n.mean() + n.std() * g);
            }
            return;
        }
        float amp = (float) amplitude(step * dt);
        for (int i = from; i < to; i++) {
            iExt[i] += amp;
        }
    }

    private double amplitude(double t) {
        return switch (stimulus) {
            case Stimulus.Dc d -> d.amplitude();
            case Stimulus.Sinusoid s -> s.offset()
                    + s.amplitude() * StrictMath.sin(2 * Math.PI * s.frequency() * t * 1e-3
                            + Math.toRadians(s.phase()));
            case Stimulus.Step s -> {
                double[] times = s.times();
                double a = 0;
                for (int k = 0; k < times.length && times[k] <= t + 1e-9 * dt; k++) {
                    a = s.amplitudes()[k];
                }
                yield a;
            }
            default -> throw new IllegalStateException("not a current stimulus: " + stimulus.name());
        };
    }
}
