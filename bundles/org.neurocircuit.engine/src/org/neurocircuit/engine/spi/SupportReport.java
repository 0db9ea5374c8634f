package org.neurocircuit.engine.spi;

import java.util.List;

/**
 * Which elements of a network a backend cannot simulate.
 *
 * @param unsupported the unsupported elements; empty when everything is supported
 */
public record SupportReport(List<Unsupported> unsupported) {

    public SupportReport {
        unsupported = List.copyOf(unsupported);
    }

    /** One unsupported element.
     * @param element kind and name, e.g. {@code "projection 'ee'"}
     * @param reason what is unsupported about it */
    public record Unsupported(String element, String reason) {
        @Override
        public String toString() {
            return element + ": " + reason;
        }
    }

    /** A report with nothing unsupported. */
    public static SupportReport all() {
        return new SupportReport(List.of());
    }

    /** Whether everything is supported. */
    public boolean isFullySupported() {
        return unsupported.isEmpty();
    }
}
