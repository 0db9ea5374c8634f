package org.neurocircuit.engine.builtin.bench;

import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;

/** A sink that only counts what it receives, so that benchmarks measure the engine. */
public final class CountingSink implements RecordingSink {

    private long spikes;
    private long samples;
    private Completion completion;

    @Override
    public void open(RecordingLayout layout) {
    }

    @Override
    public void spikes(int channel, int count, int[] neurons, int[] steps) {
        spikes += count;
    }

    @Override
    public void samples(int channel, int step, float[] values) {
        samples += values.length;
    }

    @Override
    public void rates(int channel, int firstBin, int count, float[] ratesHz) {
    }

    @Override
    public void close(Completion how, String reason) {
        this.completion = how;
    }

    /** Spikes received. */
    public long spikes() {
        return spikes;
    }

    /** Sample values received. */
    public long samples() {
        return samples;
    }

    /** How the run ended, once closed. */
    public Completion completion() {
        return completion;
    }
}
