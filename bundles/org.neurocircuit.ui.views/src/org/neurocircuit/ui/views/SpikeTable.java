package org.neurocircuit.ui.views;

import java.util.Arrays;
import java.util.List;

import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.SortedSearch;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * Every recorded spike of a run in two primitive arrays sorted by time, neurons numbered
 * globally (populations stacked in layout order), so a visible time range is found by binary
 * search and drawing never allocates per spike.
 */
public final class SpikeTable {

    private final double dt;
    private final int[] steps;
    private final int[] neurons;
    private final int[] populationOfNeuron;
    private final int neuronCount;

    /** Wraps sorted arrays (not copied): {@code steps} non-decreasing, {@code neurons} global. */
    public SpikeTable(double dt, int[] steps, int[] neurons, List<PopulationInfo> populations) {
        if (steps.length != neurons.length) {
            throw new IllegalArgumentException(steps.length + " steps for " + neurons.length + " neurons");
        }
        this.dt = dt;
        this.steps = steps;
        this.neurons = neurons;
        this.neuronCount = populations.stream().mapToInt(p -> p.offset() + p.size()).max().orElse(0);
        this.populationOfNeuron = new int[neuronCount];
        for (int p = 0; p < populations.size(); p++) {
            PopulationInfo info = populations.get(p);
            Arrays.fill(populationOfNeuron, info.offset(), info.offset() + info.size(), p);
        }
    }

    /** Merges spike channels (each sorted by step) into one table sorted by step, then neuron. */
    public static SpikeTable of(RecordingLayout layout, List<SpikeRecording> channels) {
        int total = channels.stream().mapToInt(SpikeRecording::count).sum();
        long[] keyed = new long[total];
        int k = 0;
        for (SpikeRecording r : channels) {
            for (int i = 0; i < r.count(); i++) {
                keyed[k++] = ((long) r.steps()[i] << 32) | (r.neurons()[i] & 0xffffffffL);
            }
        }
        Arrays.parallelSort(keyed);
        int[] steps = new int[total];
        int[] neurons = new int[total];
        for (int i = 0; i < total; i++) {
            steps[i] = (int) (keyed[i] >>> 32);
            neurons[i] = (int) keyed[i];
        }
        return new SpikeTable(layout.dt(), steps, neurons, layout.populations());
    }

    public int count() {
        return steps.length;
    }

    /** Neurons of the network (rows of a raster), silent and unrecorded ones included. */
    public int neuronCount() {
        return neuronCount;
    }

    public double dt() {
        return dt;
    }

    public double timeMs(int i) {
        return steps[i] * dt;
    }

    public int neuron(int i) {
        return neurons[i];
    }

    /** The index in the run's populations of a global neuron. */
    public int populationOf(int neuron) {
        return populationOfNeuron[neuron];
    }

    /** The index of the first spike at or after {@code tMs}. */
    public int indexAt(double tMs) {
        // Steps are integers: the first step whose time is >= tMs.
        double s = tMs / dt;
        long step = (long) Math.ceil(s - 1e-9);
        if (step > Integer.MAX_VALUE) {
            return steps.length;
        }
        return SortedSearch.firstAtOrAfter(steps, (int) Math.max(Integer.MIN_VALUE, step));
    }

    /** The spikes in {@code [startMs, endMs)}. */
    public int count(TimeWindow w) {
        return indexAt(w.endMs()) - indexAt(w.startMs());
    }

    /** The step of every spike, non-decreasing; the array itself, for renderers: do not modify. */
    public int[] steps() {
        return steps;
    }

    /** The global neuron of every spike; the array itself, for renderers: do not modify. */
    public int[] neurons() {
        return neurons;
    }
}
