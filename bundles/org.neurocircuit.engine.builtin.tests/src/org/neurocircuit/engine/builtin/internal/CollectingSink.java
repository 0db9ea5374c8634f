package org.neurocircuit.engine.builtin.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;

/** Keeps everything a run records, for assertions. */
final class CollectingSink implements RecordingSink {

    RecordingLayout layout;
    final Map<Integer, IntList> spikeNeurons = new HashMap<>();
    final Map<Integer, IntList> spikeSteps = new HashMap<>();
    final Map<Integer, List<float[]>> samples = new HashMap<>();
    final Map<Integer, IntList> sampleSteps = new HashMap<>();
    final Map<Integer, List<Float>> rates = new HashMap<>();
    Completion completion;
    String reason;

    @Override
    public void open(RecordingLayout l) {
        this.layout = l;
    }

    @Override
    public void spikes(int channel, int count, int[] neurons, int[] steps) {
        IntList n = spikeNeurons.computeIfAbsent(channel, c -> new IntList(16));
        IntList s = spikeSteps.computeIfAbsent(channel, c -> new IntList(16));
        for (int i = 0; i < count; i++) {
            n.add(neurons[i]);
            s.add(steps[i]);
        }
    }

    @Override
    public void samples(int channel, int step, float[] values) {
        samples.computeIfAbsent(channel, c -> new ArrayList<>()).add(values.clone());
        sampleSteps.computeIfAbsent(channel, c -> new IntList(16)).add(step);
    }

    @Override
    public void rates(int channel, int firstBin, int count, float[] ratesHz) {
        for (int i = 0; i < count; i++) {
            rates.computeIfAbsent(channel, c -> new ArrayList<>()).add(ratesHz[i]);
        }
    }

    @Override
    public void close(Completion how, String why) {
        this.completion = how;
        this.reason = why;
    }

    int[] neurons(int channel) {
        IntList l = spikeNeurons.get(channel);
        return l == null ? new int[0] : l.toArray();
    }

    int[] steps(int channel) {
        IntList l = spikeSteps.get(channel);
        return l == null ? new int[0] : l.toArray();
    }

    /** Spike times (ms) of one global neuron on a channel. */
    double[] timesOf(int channel, int neuron) {
        int[] n = neurons(channel), s = steps(channel);
        return java.util.stream.IntStream.range(0, n.length).filter(i -> n[i] == neuron)
                .mapToDouble(i -> s[i] * layout.dt()).toArray();
    }

    /** One column of a state channel (all samples of the k-th recorded neuron). */
    double[] trace(int channel, int column) {
        return samples.get(channel).stream().mapToDouble(row -> row[column]).toArray();
    }
}
