package org.neurocircuit.engine.spi;

/**
 * Whether a backend can run here.
 *
 * @param available true when it can
 * @param reason why not (empty when available)
 */
public record Availability(boolean available, String reason) {

    /** Available. */
    public static Availability yes() {
        return new Availability(true, "");
    }

    /** Not available, for this reason (e.g. "Brian2 is not installed: python3 -c 'import brian2' failed"). */
    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
