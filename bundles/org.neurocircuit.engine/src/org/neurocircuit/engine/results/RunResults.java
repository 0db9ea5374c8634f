package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/**
 * A stored run, opened by {@link RunFolderReader}: its manifest, and its data read on demand,
 * one channel at a time, into fresh primitive arrays (nothing is cached here, so a view decides
 * what to keep). The record counts were fixed when the folder was opened, so reads stay
 * consistent even while a live run keeps appending.
 */
public final class RunResults {

    private final Path folder;
    private final RunManifest manifest;
    private final long[] records;
    private final List<String> notes;

    RunResults(Path folder, RunManifest manifest, long[] records, List<String> notes) {
        this.folder = folder;
        this.manifest = manifest;
        this.records = records.clone();
        this.notes = List.copyOf(notes);
    }

    public Path folder() {
        return folder;
    }

    public RunManifest manifest() {
        return manifest;
    }

    public RecordingLayout layout() {
        return manifest.layout();
    }

    public RunStatus status() {
        return manifest.status();
    }

    public boolean isComplete() {
        return manifest.status().isComplete();
    }

    /** What the reader had to work around (partial records, damage); empty for a clean folder. */
    public List<String> notes() {
        return notes;
    }

    /** Whole records channel {@code channel} holds: spikes, samples or rate bins. */
    public long records(int channel) {
        return records[channel];
    }

    /** The index of the channel with this name. */
    public int channelIndex(String name) {
        for (Channel c : layout().channels()) {
            if (c.name().equals(name)) {
                return c.index();
            }
        }
        throw new IllegalArgumentException("run " + folder.getFileName() + " has no channel named '" + name + "'");
    }

    /**
     * Simulated time, ms: all of it for a complete run, the engine's count when its summary was
     * recorded, else NaN (an interrupted run: use the data's last step as a lower bound).
     */
    public double simulatedDurationMs() {
        long s = manifest.outcome().simulatedSteps();
        return s < 0 ? Double.NaN : s * layout().dt();
    }

    /** The copy of the circuit that ran, when the run has one. */
    public Optional<Path> circuitFile() throws IOException {
        String name = manifest.circuitFile();
        return name == null ? Optional.empty() : Optional.of(RunFolderReader.resolve(folder, name));
    }

    /** Reads a spike channel. */
    public SpikeRecording spikes(int channel) throws IOException {
        Channel c = channel(channel, Kind.SPIKES);
        ChannelColumns cc = manifest.columns().get(channel);
        int n = (int) records[channel];
        return new SpikeRecording(c, population(c), layout().dt(), ColumnReader.readInts(file(cc.values()), n),
                ColumnReader.readInts(file(cc.steps()), n));
    }

    /** Reads a state channel. */
    public StateRecording samples(int channel) throws IOException {
        Channel c = channel(channel, Kind.STATE);
        ChannelColumns cc = manifest.columns().get(channel);
        int n = (int) records[channel];
        int width = c.neurons() != null ? c.neurons().length : population(c).size();
        return new StateRecording(c, population(c), layout().dt(), ColumnReader.readInts(file(cc.steps()), n),
                ColumnReader.readFloats(file(cc.values()), n * width), width);
    }

    /** Reads a rate channel. */
    public RateRecording rates(int channel) throws IOException {
        Channel c = channel(channel, Kind.RATE);
        return new RateRecording(c, population(c), layout().dt(),
                ColumnReader.readFloats(file(manifest.columns().get(channel).values()), (int) records[channel]));
    }

    private Channel channel(int index, Kind kind) {
        List<Channel> all = layout().channels();
        if (index < 0 || index >= all.size()) {
            throw new IndexOutOfBoundsException("run " + folder.getFileName() + " has channels 0 to "
                    + (all.size() - 1) + ", not " + index);
        }
        Channel c = all.get(index);
        if (c.kind() != kind) {
            throw new IllegalArgumentException("channel '" + c.name() + "' records " + c.kind() + ", not " + kind);
        }
        return c;
    }

    private PopulationInfo population(Channel c) {
        return layout().populations().get(c.population());
    }

    private Path file(String name) throws IOException {
        return RunFolderReader.resolve(folder, name);
    }

    @Override
    public String toString() {
        return "run " + folder.getFileName() + " (" + status().word() + ")";
    }
}
