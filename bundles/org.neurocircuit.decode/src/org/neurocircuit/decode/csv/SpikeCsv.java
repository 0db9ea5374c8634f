package org.neurocircuit.decode.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.neurocircuit.engine.stats.SpikeTrains;

/**
 * Reads spikes recorded elsewhere from a CSV file:
 * <pre>
 * neuron,time_ms
 * 0,12.5
 * 17,12.75
 * </pre>
 * one spike per line, any order; {@code neuron} a whole number ≥ 0 (any ids), {@code time_ms}
 * the spike time in ms. The neurons are the distinct ids found, in ascending order; a neuron that
 * never fires is not in the file and so not a feature.
 */
public final class SpikeCsv {

    /** The header line. */
    public static final List<String> HEADER = List.of("neuron", "time_ms");

    /**
     * The spikes of a file.
     *
     * @param ids the neuron id of each column, ascending
     * @param trains the spikes, numbered by column, sorted by time
     */
    public record Spikes(int[] ids, SpikeTrains trains) {
    }

    private SpikeCsv() {
    }

    /**
     * Reads a spikes file.
     *
     * @throws CsvFormatException for a line that breaks the layout (file, line, column)
     */
    public static Spikes read(Path file) throws IOException {
        Buffer b = new Buffer();
        CsvLines.read(file, HEADER, (neuron, time, line) -> b.add(id(file, neuron, line),
                CsvLines.number(file, time, line, 2, HEADER.get(1))));
        return build(Arrays.copyOf(b.neurons, b.size), Arrays.copyOf(b.times, b.size));
    }

    /** Growing arrays of spikes. */
    private static final class Buffer {
        int[] neurons = new int[1024];
        double[] times = new double[1024];
        int size;

        void add(int neuron, double time) {
            if (size == neurons.length) {
                neurons = Arrays.copyOf(neurons, 2 * size);
                times = Arrays.copyOf(times, 2 * size);
            }
            neurons[size] = neuron;
            times[size++] = time;
        }
    }

    private static int id(Path file, String text, int line) {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(file, line, 1, HEADER.get(0), "'" + text + "' is not a whole number");
        }
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new CsvFormatException(file, line, 1, HEADER.get(0), "neuron id " + v + " is outside [0, "
                    + Integer.MAX_VALUE + "]");
        }
        return (int) v;
    }

    private static Spikes build(int[] neurons, double[] times) {
        int[] ids = Arrays.stream(neurons).distinct().sorted().toArray();
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(times[x], times[y])); // stable: equal times keep file order
        int[] col = new int[times.length];
        double[] t = new double[times.length];
        for (int i = 0; i < order.length; i++) {
            col[i] = Arrays.binarySearch(ids, neurons[order[i]]);
            t[i] = times[order[i]];
        }
        return new Spikes(ids, new SpikeTrains(col, t, ids.length));
    }
}
