package org.neurocircuit.engine.network;

import java.util.List;

/**
 * An external input applied to every neuron of its target populations between {@code start}
 * (inclusive) and {@code stop} (exclusive). Current stimuli add a current (pA) that is constant
 * within a time step; spiking stimuli deliver weighted events (no delay) to a receptor.
 */
public sealed interface Stimulus {

    /** The user-visible name, unique among stimuli. */
    String name();

    /** Indices of the target populations. */
    List<Integer> targets();

    /** Start time, ms. */
    double start();

    /** Stop time, ms ({@code Infinity} for the whole run). */
    double stop();

    /** The receptor events go to, or {@code null} for current stimuli. */
    default Receptor receptor() {
        return null;
    }

    /**
     * An independent Poisson event train per target neuron; several events in one step add up.
     * @param name user-visible name
     * @param targets target population indices
     * @param rate event rate per target neuron, Hz (&ge; 0)
     * @param weight weight of one event, pA, nS or mV by receptor ({@link Receptor#weightUnit}, &ge; 0)
     * @param receptor the receptor events go to
     * @param start start, ms
     * @param stop stop, ms
     */
    record Poisson(String name, List<Integer> targets, double rate, double weight,
            Receptor receptor, double start, double stop) implements Stimulus {
        public Poisson { targets = List.copyOf(targets); }
    }

    /**
     * A constant current.
     * @param name user-visible name
     * @param targets target population indices
     * @param amplitude current, pA
     * @param start start, ms
     * @param stop stop, ms
     */
    record Dc(String name, List<Integer> targets, double amplitude, double start, double stop)
            implements Stimulus {
        public Dc { targets = List.copyOf(targets); }
    }

    /**
     * A piecewise-constant current: {@code amplitudes[k]} from {@code times[k]} until the next
     * change; 0 before the first change.
     * @param name user-visible name
     * @param targets target population indices
     * @param times change times, ms, strictly ascending
     * @param amplitudes current after each change, pA (same length as times)
     * @param start start, ms
     * @param stop stop, ms
     */
    record Step(String name, List<Integer> targets, double[] times, double[] amplitudes,
            double start, double stop) implements Stimulus {
        public Step {
            targets = List.copyOf(targets);
            times = times.clone();
            amplitudes = amplitudes.clone();
        }
        @Override public double[] times() { return times.clone(); }
        @Override public double[] amplitudes() { return amplitudes.clone(); }
    }

    /**
     * {@code offset + amplitude sin(2 pi f t + phase)}, t measured from time 0 of the run.
     * @param name user-visible name
     * @param targets target population indices
     * @param offset constant part, pA
     * @param amplitude oscillation amplitude, pA
     * @param frequency frequency, Hz (&ge; 0)
     * @param phase phase, degrees
     * @param start start, ms
     * @param stop stop, ms
     */
    record Sinusoid(String name, List<Integer> targets, double offset, double amplitude,
            double frequency, double phase, double start, double stop) implements Stimulus {
        public Sinusoid { targets = List.copyOf(targets); }
    }

    /**
     * The same event times delivered to every target neuron.
     * @param name user-visible name
     * @param targets target population indices
     * @param times event times, ms, ascending (rounded to the nearest step)
     * @param weight weight of one event, pA, nS or mV by receptor ({@link Receptor#weightUnit}, &ge; 0)
     * @param receptor the receptor events go to
     * @param start start, ms
     * @param stop stop, ms
     */
    record SpikeTimes(String name, List<Integer> targets, double[] times, double weight,
            Receptor receptor, double start, double stop) implements Stimulus {
        public SpikeTimes {
            targets = List.copyOf(targets);
            times = times.clone();
        }
        @Override public double[] times() { return times.clone(); }
    }

    /**
     * A Gaussian noise current, independent per neuron, drawn anew every time step (as NEST's
     * {@code noise_generator} with its interval equal to the time step; so its effect depends on
     * the step).
     * @param name user-visible name
     * @param targets target population indices
     * @param mean mean current, pA
     * @param std standard deviation, pA (&ge; 0)
     * @param start start, ms
     * @param stop stop, ms
     */
    record Noise(String name, List<Integer> targets, double mean, double std, double start,
            double stop) implements Stimulus {
        public Noise { targets = List.copyOf(targets); }
    }
}
