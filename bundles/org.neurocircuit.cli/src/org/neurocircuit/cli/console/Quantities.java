package org.neurocircuit.cli.console;

import java.util.Locale;

import org.neurocircuit.engine.spi.MemoryEstimate;

/** Numbers as text, always with their unit; {@link Locale#ROOT} so that output is the same everywhere. */
public final class Quantities {

    private Quantities() {
    }

    /** {@code 12,500} */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1000 ms}, {@code 0.1 ms} (no trailing zeros). */
    public static String ms(double v) {
        return plain(v) + " ms";
    }

    /** Seconds from nanoseconds: {@code 1.234 s}. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos * 1e-9);
    }

    /** Binary-prefixed bytes: {@code 1.5 GB}. */
    public static String bytes(long bytes) {
        return MemoryEstimate.human(bytes);
    }

    /** A duration for humans: {@code 42 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    public static String eta(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** A number with {@code digits} decimals, or "n/a" when it is not finite. */
    public static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "n/a";
    }

    /** Scientific notation with 3 significant digits: {@code 1.23e+08}. */
    public static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2e", v) : "n/a";
    }

    /** A double without needless zeros: 1000 → "1000", 0.1 → "0.1". */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
