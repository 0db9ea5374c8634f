package org.neurocircuit.decode.features;

import java.util.Arrays;
import java.util.Locale;

import org.neurocircuit.decode.spi.DecodingException;

/**
 * A target given as samples {@code (times[i] ms, values[i])}, defined between them by its
 * {@link Interpolation}:
 * <ul>
 * <li>{@link Interpolation#STEP}: {@code values[i]} holds from {@code times[i]} until the next
 * time, the last value for ever after (a stimulus parameter that changes at given times); defined
 * on {@code [times[0], ∞)}.</li>
 * <li>{@link Interpolation#LINEAR}: straight lines between samples (a recorded behaviour);
 * defined on {@code [times[0], times[n-1]]}.</li>
 * </ul>
 *
 * @param name what the values are
 * @param unit their unit ("" when unknown)
 * @param times sample times, ms, finite and strictly increasing
 * @param values one finite value per time
 * @param interpolation how values continue between times
 */
public record TargetSeries(String name, String unit, double[] times, double[] values, Interpolation interpolation) {

    /** How a series continues between its samples. */
    public enum Interpolation {
        /** Piecewise constant: each value holds until the next time. */
        STEP,
        /** Piecewise linear between samples. */
        LINEAR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TargetSeries {
        times = times.clone();
        values = values.clone();
        if (times.length != values.length) {
            throw new DecodingException("target '" + name + "': " + times.length + " times but " + values.length
                    + " values; give one value per time");
        }
        int needed = interpolation == Interpolation.LINEAR ? 2 : 1;
        if (times.length < needed) {
            throw new DecodingException("target '" + name + "' needs at least " + needed + " sample"
                    + (needed > 1 ? "s" : "") + " for " + interpolation.word() + " interpolation, has " + times.length);
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || !Double.isFinite(values[i])) {
                throw new DecodingException("target '" + name + "' sample " + i + " is not finite: time " + times[i]
                        + " ms, value " + values[i]);
            }
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new DecodingException("target '" + name + "' times must increase strictly; sample " + i + " at "
                        + times[i] + " ms follows " + times[i - 1] + " ms");
            }
        }
    }

    /** The first time the series is defined at, ms. */
    public double domainStartMs() {
        return times[0];
    }

    /** The end of the series' domain, ms (infinite for a step series). */
    public double domainEndMs() {
        return interpolation == Interpolation.STEP ? Double.POSITIVE_INFINITY : times[times.length - 1];
    }

    /** The value at {@code tMs} (inside the domain). */
    public double valueAt(double tMs) {
        int i = segment(tMs);
        if (interpolation == Interpolation.STEP || i == times.length - 1) {
            return values[i];
        }
        double f = (tMs - times[i]) / (times[i + 1] - times[i]);
        return values[i] + f * (values[i + 1] - values[i]);
    }

    /**
     * One value per bin of the grid: at the bin centre, or the mean over the bin.
     *
     * @throws DecodingException when a bin reaches outside the series' domain
     */
    public double[] resample(BinGrid grid, Resampling how) {
        if (grid.startMs() < domainStartMs() - 1e-9 || grid.endMs() > domainEndMs() + 1e-9) {
            throw new DecodingException("target '" + name + "' is defined on [" + domainStartMs() + ", "
                    + domainEndMs() + "] ms, but the bins cover [" + grid.startMs() + ", " + grid.endMs()
                    + ") ms; choose a time window inside the target's");
        }
        double[] cumulative = how == Resampling.MEAN ? cumulative() : null;
        double[] v = new double[grid.bins()];
        for (int b = 0; b < v.length; b++) {
            if (how == Resampling.CENTRE) {
                v[b] = valueAt(grid.binCentreMs(b));
            } else {
                double a = grid.binStartMs(b);
                double e = grid.binStartMs(b + 1);
                v[b] = (integral(e, cumulative) - integral(a, cumulative)) / (e - a);
            }
        }
        return v;
    }

    /** The largest i with {@code times[i] <= t} (0 for t before the first time). */
    private int segment(double t) {
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        return Math.max(0, -i - 2);
    }

    /** The integral from {@code times[0]} to each {@code times[i]}. */
    private double[] cumulative() {
        double[] c = new double[times.length];
        for (int i = 1; i < c.length; i++) {
            double dt = times[i] - times[i - 1];
            c[i] = c[i - 1] + (interpolation == Interpolation.STEP ? values[i - 1] * dt
                    : (values[i - 1] + values[i]) * dt / 2);
        }
        return c;
    }

    /** The integral from {@code times[0]} to {@code t}. */
    private double integral(double t, double[] cumulative) {
        double tc = Math.max(t, times[0]);
        int i = segment(tc);
        double dt = tc - times[i];
        if (interpolation == Interpolation.STEP || i == times.length - 1) {
            return cumulative[i] + values[i] * dt;
        }
        return cumulative[i] + (values[i] + valueAt(tc)) * dt / 2;
    }
}
