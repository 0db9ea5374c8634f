package org.neurocircuit.ui.editor.cost;

import java.util.Locale;

import org.neurocircuit.engine.cost.CircuitCost;
import org.neurocircuit.engine.cost.CostReport;
import org.neurocircuit.engine.spi.MemoryEstimate;

/** How the cost figures read in the view and the status line, units always shown. */
public final class CostText {

    private CostText() {
    }

    /** e.g. {@code "77,169"}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A large count shortened, e.g. {@code "299.9 M"}, {@code "15.6 k"}, {@code "950"}. */
    public static String shortCount(double n) {
        if (n >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", n / 1e9);
        }
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        if (n >= 1e4) {
            return String.format(Locale.ROOT, "%.1f k", n / 1e3);
        }
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** e.g. {@code "2.5 GB"}. */
    public static String memory(long bytes) {
        return MemoryEstimate.human(bytes);
    }

    /** Who estimated the memory, for a tooltip. */
    public static String memorySource(CostReport report) {
        return CircuitCost.MODEL_SOURCE.equals(report.memorySource())
                ? "estimated from the built-in engine's memory layout (no backend could estimate this circuit)"
                : "estimated by backend '" + report.memorySource() + "'";
    }

    /** The status-line text, e.g. {@code "77,169 neurons | 299.9 M synapses | 3.8 GB"}. */
    public static String statusLine(CostReport report) {
        return count(report.neurons()) + " neurons | " + shortCount(report.expectedSynapses()) + " synapses | "
                + memory(report.memoryBytes()) + (report.complete() ? "" : " | incomplete");
    }
}
