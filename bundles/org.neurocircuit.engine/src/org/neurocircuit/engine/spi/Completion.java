package org.neurocircuit.engine.spi;

/** How a run ended. */
public enum Completion {
    /** Every step was simulated. */
    COMPLETE,
    /** The user cancelled; the data up to the last recorded step is valid. */
    CANCELLED,
    /** An error stopped the run; the data up to the last recorded step is valid. */
    FAILED
}
