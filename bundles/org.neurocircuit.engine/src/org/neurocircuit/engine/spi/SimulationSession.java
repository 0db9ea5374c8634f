package org.neurocircuit.engine.spi;

/**
 * One run of one network on one backend, in three phases:
 * <ol>
 * <li>{@link #prepare(RunMonitor)}: estimate memory, refuse when it cannot fit, compile the
 * network;</li>
 * <li>{@link #run(RecordingSink, RunMonitor)}: simulate, writing through the sink;</li>
 * <li>{@link #finish()}: release threads and memory.</li>
 * </ol>
 * A session is used from one thread and runs once.
 */
public interface SimulationSession extends AutoCloseable {

    /** The memory the run is expected to need, without compiling anything. */
    MemoryEstimate estimateMemory();

    /**
     * Compiles the network.
     *
     * @throws MemoryLimitExceededException when the estimate exceeds the request's limit
     * @throws java.util.concurrent.CancellationException when the monitor cancelled
     * @throws SimulationException for any other failure, with a message for the user
     */
    NetworkSummary prepare(RunMonitor monitor);

    /**
     * Simulates, writing recordings to the sink, which this method opens and always closes
     * (complete, cancelled or failed, with the reason). Cancellation is honoured within a
     * fraction of a second; the data written up to then stays valid.
     *
     * @throws IllegalStateException when not prepared or already run
     */
    RunSummary run(RecordingSink sink, RunMonitor monitor);

    /** Releases worker threads and memory. Idempotent. */
    void finish();

    /** Same as {@link #finish()}. */
    @Override
    default void close() {
        finish();
    }
}
