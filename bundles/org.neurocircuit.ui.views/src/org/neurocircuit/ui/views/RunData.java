package org.neurocircuit.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadResult;

/**
 * A run as the views use it: its results, its spike channels read once into primitive arrays,
 * all spikes merged by time ({@link SpikeTable}), and the circuit copy that ran. Loading reads the
 * whole spike data, so it runs off the UI thread ({@link RunView} does that); the last run loaded
 * is kept so that six views showing one run read it once.
 */
public final class RunData {

    private static RunData last;

    private final RunResults results;
    private final List<SpikeRecording> spikeChannels;
    private final List<SpikeTrains> trains;
    private final SpikeTable spikes;
    private final Circuit circuit;
    private final FileTime stamp;

    private RunData(RunResults results, List<SpikeRecording> spikeChannels, Circuit circuit, FileTime stamp) {
        this.results = results;
        this.spikeChannels = List.copyOf(spikeChannels);
        this.trains = spikeChannels.stream().map(SpikeTrains::of).toList();
        this.spikes = SpikeTable.of(results.layout(), spikeChannels);
        this.circuit = circuit;
        this.stamp = stamp;
    }

    /**
     * Reads the run in {@code folder}, or returns the one read last if its run.json has not
     * changed since.
     *
     * @throws IOException naming the folder and the file when it cannot be read
     */
    public static RunData load(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        FileTime stamp = Files.getLastModifiedTime(abs.resolve("run.json"));
        synchronized (RunData.class) {
            if (last != null && last.results.folder().toAbsolutePath().normalize().equals(abs)
                    && last.stamp.equals(stamp)) {
                return last;
            }
        }
        RunResults results = RunFolderReader.open(abs);
        List<SpikeRecording> channels = new ArrayList<>();
        for (Channel c : results.layout().channels()) {
            if (c.kind() == Kind.SPIKES) {
                channels.add(results.spikes(c.index()));
            }
        }
        RunData data = new RunData(results, channels, readCircuit(results), stamp);
        synchronized (RunData.class) {
            last = data;
        }
        return data;
    }

    private static Circuit readCircuit(RunResults results) throws IOException {
        Optional<Path> file = results.circuitFile();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return null;
        }
        LoadResult loaded = CircuitFiles.load(file.get());
        return loaded.loaded() ? loaded.circuit() : null;
    }

    public RunResults results() {
        return results;
    }

    /** The folder's name, which names the run. */
    public String name() {
        return results.folder().getFileName().toString();
    }

    public List<PopulationInfo> populations() {
        return results.layout().populations();
    }

    /** The spike channels, in channel order. */
    public List<SpikeRecording> spikeChannels() {
        return spikeChannels;
    }

    /** The spike trains of each spike channel (same order), numbered by the channel's columns. */
    public List<SpikeTrains> trains() {
        return trains;
    }

    /** All spikes of all spike channels, merged and sorted by time. */
    public SpikeTable spikes() {
        return spikes;
    }

    /** The circuit that ran, when the run folder holds a readable copy. */
    public Optional<Circuit> circuit() {
        return Optional.ofNullable(circuit);
    }

    /** The seed the run used. */
    public long seed() {
        return results.manifest().provenance().seed();
    }

    /**
     * The whole simulated time as a window, as {@link org.neurocircuit.engine.stats.SpikeStatistics#forRun}
     * takes it: every step simulated, or up to the last spike of an interrupted run.
     */
    public TimeWindow wholeRun() {
        double dt = results.layout().dt();
        long steps = results.manifest().outcome().simulatedSteps();
        if (steps < 0) {
            steps = 1;
            for (SpikeRecording r : spikeChannels) {
                if (r.count() > 0) {
                    steps = Math.max(steps, r.steps()[r.count() - 1]);
                }
            }
        }
        return TimeWindow.ofSteps(dt, Math.max(1, steps));
    }

    /** The window a view narrows to: the brushed one, else the whole run. */
    public TimeWindow windowOr(TimeWindow brushed) {
        return brushed != null ? brushed : wholeRun();
    }

    /** The colour the circuit gives a population as "#RRGGBB", or null. */
    public String colorOf(String population) {
        if (circuit == null) {
            return null;
        }
        for (Population p : circuit.allPopulations()) {
            if (p.getName().equals(population)) {
                return p.getColor();
            }
        }
        return null;
    }
}
