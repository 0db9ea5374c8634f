package org.neurocircuit.cli.run;

import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;

/** A sink that keeps nothing, so that benchmarks measure the backend rather than the disk. */
public final class DiscardingSink implements RecordingSink {

    private long spikes;

    @Override
    public void open(RecordingLayout layout) {
        // nothing to lay out
    }

    @Override
    public void spikes(int channel, int count, int[] neurons, int[] steps) {
        spikes += count;
    }

    @Override
    public void samples(int channel, int step, float[] values) {
        // discarded
    }

    @Override
    public void rates(int channel, int firstBin, int count, float[] ratesHz) {
        // discarded
    }

    @Override
    public void close(Completion completion, String reason) {
        // nothing to close
    }

    /** Spikes the recorders delivered. */
    public long spikes() {
        return spikes;
    }
}
