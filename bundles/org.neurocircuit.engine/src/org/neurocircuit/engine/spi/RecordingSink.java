package org.neurocircuit.engine.spi;

/**
 * Where a backend writes what a run records. Designed for columnar writers: data comes in
 * batches of primitive arrays that the sink copies or writes out before returning (the backend
 * reuses the arrays). All calls come from one thread, in time order per channel.
 *
 * <p>Times are given as step indices; the time is {@code step * dt}
 * ({@link RecordingLayout#dt()}). A spike emitted while integrating step {@code n} (from
 * {@code n dt} to {@code (n+1) dt}) carries step {@code n + 1}.
 */
public interface RecordingSink {

    /** Called once, before any data. */
    void open(RecordingLayout layout);

    /**
     * A batch of spikes of one spike channel, ordered by step, then by neuron.
     *
     * @param channel the channel index
     * @param count number of valid entries
     * @param neurons global neuron indices ({@code count} valid entries)
     * @param steps step index of each spike
     */
    void spikes(int channel, int count, int[] neurons, int[] steps);

    /**
     * One sample of a state channel: the values at {@code step * dt}, one per recorded neuron
     * in the channel's column order, in the channel's unit.
     */
    void samples(int channel, int step, float[] values);

    /**
     * Population rates of a rate channel for {@code count} consecutive bins starting with bin
     * {@code firstBin} (bin {@code b} covers steps {@code [b k, (b+1) k)} for a bin of
     * {@code k} steps), Hz.
     */
    void rates(int channel, int firstBin, int count, float[] ratesHz);

    /**
     * Called once, last: how the run ended and why (empty reason when complete). After a
     * cancelled or failed run the data received so far is valid and complete up to the last
     * call.
     */
    void close(Completion completion, String reason);
}
