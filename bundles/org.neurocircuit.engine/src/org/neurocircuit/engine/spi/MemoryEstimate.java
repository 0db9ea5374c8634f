package org.neurocircuit.engine.spi;

import java.util.List;
import java.util.Locale;

/**
 * How much memory a run is expected to need, itemised, against the limit it must respect.
 *
 * @param bytes the estimated peak, bytes
 * @param limit the limit, bytes
 * @param synapses the expected number of synapses
 * @param parts the items that add up to {@code bytes}
 */
public record MemoryEstimate(long bytes, long limit, long synapses, List<Part> parts) {

    public MemoryEstimate {
        parts = List.copyOf(parts);
    }

    /** One item of the estimate.
     * @param what e.g. "synapses of projection 'ee'"
     * @param bytes its share, bytes */
    public record Part(String what, long bytes) {
    }

    /** Whether the estimate is within the limit. */
    public boolean fits() {
        return bytes <= limit;
    }

    /** Estimated bytes per synapse (the whole estimate over the synapse count), or 0. */
    public double bytesPerSynapse() {
        return synapses == 0 ? 0 : (double) bytes / synapses;
    }

    /**
     * The message given when the run is refused, e.g. "Network 'big' needs about 9.4 GB
     * (estimate: 2.1e9 synapses) but the limit is 6.0 GB. Largest part: ... Reduce the network
     * or raise the limit (e.g. the JVM's -Xmx)."
     */
    public String refusalMessage(String networkName) {
        Part largest = parts.stream().max((a, b) -> Long.compare(a.bytes(), b.bytes())).orElse(null);
        return String.format(Locale.ROOT,
                "Network '%s' needs about %s (estimate; %,d synapses) but the limit is %s.%s"
                        + " Reduce the network, or raise the limit (the JVM's -Xmx or the run's memory limit).",
                networkName, human(bytes), synapses, human(limit),
                largest == null ? "" : " Largest part: " + largest.what() + ", " + human(largest.bytes()) + ".");
    }

    /** Bytes as text with a binary-prefixed unit, e.g. "1.5 GB". */
    public static String human(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
