package org.neurocircuit.engine.spi;

/** A run was refused because its memory estimate exceeds the limit. */
public final class MemoryLimitExceededException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final transient MemoryEstimate estimate;

    public MemoryLimitExceededException(String networkName, MemoryEstimate estimate) {
        super(estimate.refusalMessage(networkName));
        this.estimate = estimate;
    }

    /** The estimate that was refused. */
    public MemoryEstimate estimate() {
        return estimate;
    }
}
