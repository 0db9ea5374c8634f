package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;

/** The open column files of a run being written, one or two per channel, and their record counts. */
final class ColumnSet {

    private final ColumnWriter[] values;
    private final ColumnWriter[] steps;
    private final long[] records;
    private final int[] width;
    private final List<ChannelColumns> names;

    private ColumnSet(int n) {
        values = new ColumnWriter[n];
        steps = new ColumnWriter[n];
        records = new long[n];
        width = new int[n];
        names = new ArrayList<>(n);
    }

    /** Creates every channel's empty column files; on failure closes those already open. */
    static ColumnSet create(Path folder, RecordingLayout layout) throws IOException {
        int n = layout.channels().size();
        for (int i = 0; i < n; i++) {
            if (layout.channels().get(i).index() != i) {
                throw new IllegalArgumentException("channel " + i + " has index " + layout.channels().get(i).index());
            }
        }
        ColumnSet set = new ColumnSet(n);
        try {
            for (int i = 0; i < n; i++) {
                Channel c = layout.channels().get(i);
                ChannelColumns cc = FileNames.columnsOf(c);
                set.names.add(cc);
                set.values[i] = ColumnWriter.create(folder.resolve(cc.values()));
                set.steps[i] = cc.steps() == null ? null : ColumnWriter.create(folder.resolve(cc.steps()));
                int[] filter = c.neurons();
                set.width[i] = filter != null ? filter.length : layout.populations().get(c.population()).size();
            }
        } catch (IOException e) {
            set.closeAll(false);
            throw e;
        }
        return set;
    }

    /** The channels' files with the records written so far. */
    List<ChannelColumns> columns() {
        List<ChannelColumns> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            ChannelColumns c = names.get(i);
            out.add(new ChannelColumns(c.values(), c.steps(), records[i]));
        }
        return out;
    }

    long records(int channel) {
        return records[channel];
    }

    int width(int channel) {
        return width[channel];
    }

    Path valuesFile(int channel) {
        return values[channel].file();
    }

    void putSpikes(int channel, int count, int[] neurons, int[] stepIndices) throws IOException {
        long before = flushes(channel);
        values[channel].putInts(neurons, 0, count);
        steps[channel].putInts(stepIndices, 0, count);
        keepInStep(channel, before);
        records[channel] += count;
    }

    void putSample(int channel, int step, float[] sample) throws IOException {
        long before = flushes(channel);
        values[channel].putFloats(sample, 0, width[channel]);
        steps[channel].putInt(step);
        keepInStep(channel, before);
        records[channel]++;
    }

    void putRates(int channel, int count, float[] ratesHz) throws IOException {
        values[channel].putFloats(ratesHz, 0, count);
        records[channel] += count;
    }

    private long flushes(int channel) {
        return values[channel].flushes() + steps[channel].flushes();
    }

    /**
     * When one column of a pair went to the file, sends the other too, so that on disk the
     * pair holds about the same number of records (a state channel's step column fills its
     * buffer {@code width} times more slowly than its values).
     */
    private void keepInStep(int channel, long flushesBefore) throws IOException {
        if (flushes(channel) != flushesBefore) {
            values[channel].flush();
            steps[channel].flush();
        }
    }

    /** Sends every buffer to its file. */
    void flushAll() throws IOException {
        for (int i = 0; i < values.length; i++) {
            values[i].flush();
            if (steps[i] != null) {
                steps[i].flush();
            }
        }
    }

    /**
     * Flushes and closes every column, optionally forcing it to disk; tries all of them and
     * returns the first failure (naming its file), or {@code null}.
     */
    IOException closeAll(boolean force) {
        IOException first = null;
        for (int i = 0; i < values.length; i++) {
            for (ColumnWriter w : new ColumnWriter[] {values[i], steps[i]}) {
                try {
                    if (w != null) {
                        w.close(force);
                    }
                } catch (IOException e) {
                    if (first == null) {
                        first = new IOException("cannot write " + w.file() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return first;
    }
}
