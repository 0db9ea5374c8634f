package org.neurocircuit.examples.backend;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.spi.RecordingSink;

/**
 * Turns each step's spikes into sink calls: spike channels in batches (ordered by step, then
 * neuron, as the sink requires) and rate channels bin by bin. A spike of integration step
 * {@code s} carries step {@code s + 1} and counts in rate bin {@code s / k}.
 */
final class EulerRecording {

    private static final int BATCH = 8192;

    private final EulerNetwork net;
    private final RecordingSink sink;
    private final RecordingLayout layout;
    private final int[][] batchNeurons;
    private final int[][] batchSteps;
    private final int[] batchCount;
    private final long[] binCount;

    EulerRecording(EulerNetwork net, RecordingSink sink) {
        this.net = net;
        this.sink = sink;
        this.layout = layout(net.net, net.dt, net.steps);
        int n = layout.channels().size();
        batchNeurons = new int[n][BATCH];
        batchSteps = new int[n][BATCH];
        batchCount = new int[n];
        binCount = new long[n];
    }

    static RecordingLayout layout(NetworkDescription net, double dt, int steps) {
        List<PopulationInfo> pops = new ArrayList<>();
        int offset = 0;
        for (Population p : net.populations()) {
            pops.add(new PopulationInfo(p.name(), offset, p.size()));
            offset += p.size();
        }
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < net.recorders().size(); i++) {
            Recorder r = net.recorders().get(i);
            if (r instanceof Recorder.Spikes s) {
                channels.add(new Channel(i, r.name(), Kind.SPIKES, r.population(), null, "", 1, s.neurons()));
            } else if (r instanceof Recorder.Rate rate) {
                int k = Math.max(1, (int) Math.round(rate.bin() / dt));
                channels.add(new Channel(i, r.name(), Kind.RATE, r.population(), null, "Hz", k, null));
            }
        }
        return new RecordingLayout(net.name(), dt, steps, pops, channels);
    }

    void open() {
        sink.open(layout);
    }

    /** Records the spikes of integration step {@code s}. */
    void record(int s) {
        for (Channel c : layout.channels()) {
            int from = net.offset[c.population()];
            int[] filter = c.neurons();
            int size = net.offset[c.population() + 1] - from;
            int count = filter == null ? size : filter.length;
            int fired = 0;
            for (int j = 0; j < count; j++) {
                int g = from + (filter == null ? j : filter[j]);
                if (net.spiked[g]) {
                    fired++;
                    if (c.kind() == Kind.SPIKES) {
                        add(c.index(), g, s + 1);
                    }
                }
            }
            if (c.kind() == Kind.RATE) {
                binCount[c.index()] += fired;
                if ((s + 1) % c.intervalSteps() == 0) {
                    float hz = (float) (binCount[c.index()] / (double) size / (c.intervalSteps() * net.dt * 1e-3));
                    sink.rates(c.index(), s / c.intervalSteps(), 1, new float[] {hz});
                    binCount[c.index()] = 0;
                }
            }
        }
    }

    private void add(int channel, int neuron, int step) {
        int n = batchCount[channel];
        batchNeurons[channel][n] = neuron;
        batchSteps[channel][n] = step;
        if (++batchCount[channel] == BATCH) {
            flush(channel);
        }
    }

    /** Hands every pending spike to the sink. */
    void flush() {
        for (int c = 0; c < batchCount.length; c++) {
            flush(c);
        }
    }

    private void flush(int channel) {
        if (batchCount[channel] > 0) {
            sink.spikes(channel, batchCount[channel], batchNeurons[channel], batchSteps[channel]);
            batchCount[channel] = 0;
        }
    }
}
