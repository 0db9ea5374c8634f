package org.neurocircuit.decode.features;

import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.engine.network.Stimulus;

/**
 * The time course of one parameter of a stimulus of a run, as a target series from time 0: the
 * parameter's value while the stimulus is active ({@code [start, stop)}), 0 before and after.
 *
 * <ul>
 * <li>step stimulus: {@code amplitudes} (or {@code amplitude}), pA, the amplitude in effect (0
 * before the first change);</li>
 * <li>DC: {@code amplitude}, pA; Poisson: {@code rate}, Hz, or {@code weight}; noise:
 * {@code mean} or {@code std}, pA; spike times: {@code weight};</li>
 * <li>sinusoid: {@code current}, pA, the injected current itself, sampled every
 * {@code sampleMs} and linearly interpolated; or {@code offset}, {@code amplitude},
 * {@code frequency} as on/off steps.</li>
 * </ul>
 */
public final class StimulusTargets {

    private StimulusTargets() {
    }

    /**
     * The series of {@code parameter} of {@code s} over {@code [0, durationMs]}.
     *
     * @param sampleMs sampling interval for continuous parameters (the sinusoid's current), ms
     * @throws DecodingException for a parameter the stimulus does not have, naming those it has
     */
    public static TargetSeries of(Stimulus s, String parameter, double durationMs, double sampleMs) {
        String p = parameter == null ? "" : parameter;
        return switch (s) {
            case Stimulus.Step st when p.equals("amplitudes") || p.equals("amplitude") ->
                steps(s, p, "pA", durationMs, st.times(), t -> stepAmplitude(st, t));
            case Stimulus.Dc dc when p.equals("amplitude") -> constant(s, p, "pA", durationMs, dc.amplitude());
            case Stimulus.Poisson po when p.equals("rate") -> constant(s, p, "Hz", durationMs, po.rate());
            case Stimulus.Poisson po when p.equals("weight") -> constant(s, p, "", durationMs, po.weight());
            case Stimulus.Noise no when p.equals("mean") -> constant(s, p, "pA", durationMs, no.mean());
            case Stimulus.Noise no when p.equals("std") -> constant(s, p, "pA", durationMs, no.std());
            case Stimulus.SpikeTimes sp when p.equals("weight") -> constant(s, p, "", durationMs, sp.weight());
            case Stimulus.Sinusoid si when p.equals("current") -> sampled(si, durationMs, sampleMs);
            case Stimulus.Sinusoid si when p.equals("offset") -> constant(s, p, "pA", durationMs, si.offset());
            case Stimulus.Sinusoid si when p.equals("amplitude") -> constant(s, p, "pA", durationMs, si.amplitude());
            case Stimulus.Sinusoid si when p.equals("frequency") -> constant(s, p, "Hz", durationMs, si.frequency());
            default -> throw new DecodingException("stimulus '" + s.name() + "' has no decodable parameter '" + p
                    + "'; it has: " + parametersOf(s));
        };
    }

    /** The parameter names {@link #of} accepts for a stimulus. */
    public static String parametersOf(Stimulus s) {
        return switch (s) {
            case Stimulus.Step st -> "amplitudes";
            case Stimulus.Dc dc -> "amplitude";
            case Stimulus.Poisson po -> "rate, weight";
            case Stimulus.Noise no -> "mean, std";
            case Stimulus.SpikeTimes sp -> "weight";
            case Stimulus.Sinusoid si -> "current, offset, amplitude, frequency";
        };
    }

    private static double stepAmplitude(Stimulus.Step st, double t) {
        double[] times = st.times();
        double v = 0;
        for (int i = 0; i < times.length && times[i] <= t; i++) {
            v = st.amplitudes()[i];
        }
        return v;
    }

    private static TargetSeries constant(Stimulus s, String p, String unit, double durationMs, double value) {
        return steps(s, p, unit, durationMs, new double[0], t -> value);
    }

    /** A step series: the value (0 outside [start, stop)) at 0, start, stop and every change time. */
    private static TargetSeries steps(Stimulus s, String p, String unit, double durationMs, double[] changes,
            DoubleUnaryOperator valueWhileOn) {
        TreeSet<Double> knots = new TreeSet<>();
        knots.add(0.0);
        knots.add(Math.max(0, s.start()));
        if (s.stop() < durationMs) {
            knots.add(Math.max(0, s.stop()));
        }
        for (double c : changes) {
            if (c > 0 && c < durationMs) {
                knots.add(c);
            }
        }
        double[] times = knots.stream().mapToDouble(Double::doubleValue).toArray();
        double[] values = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            values[i] = t >= s.start() && t < s.stop() ? valueWhileOn.applyAsDouble(t) : 0;
        }
        return new TargetSeries(s.name() + "." + p, unit, times, values, Interpolation.STEP);
    }

    private static TargetSeries sampled(Stimulus.Sinusoid si, double durationMs, double sampleMs) {
        if (!(sampleMs > 0) || !(durationMs > 0)) {
            throw new DecodingException("sampling the current of '" + si.name() + "' needs a positive duration and "
                    + "sampling interval, were " + durationMs + " ms and " + sampleMs + " ms");
        }
        int n = (int) Math.min(50_000_000, Math.ceil(durationMs / sampleMs - 1e-9)) + 1;
        double[] times = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double t = Math.min(durationMs, i * sampleMs);
            times[i] = t;
            boolean on = t >= si.start() && t < si.stop();
            values[i] = on ? si.offset() + si.amplitude()
                    * Math.sin(2 * Math.PI * si.frequency() * t / 1000.0 + Math.toRadians(si.phase())) : 0;
        }
        return new TargetSeries(si.name() + ".current", "pA", times, values, Interpolation.LINEAR);
    }
}
