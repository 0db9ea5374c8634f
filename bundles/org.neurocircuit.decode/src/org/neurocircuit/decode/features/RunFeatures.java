package org.neurocircuit.decode.features;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.engine.results.RateRecording;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.results.StateRecording;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;

/** Binned features from the channels of a stored run. */
public final class RunFeatures {

    private RunFeatures() {
    }

    /**
     * The window a complete run's spikes lie in: {@code [dt/2, steps·dt + dt/2)} as the engine's
     * statistics use ({@link TimeWindow#ofSteps}).
     *
     * @throws DecodingException for a run whose simulated time is unknown (interrupted)
     */
    public static TimeWindow window(RunResults run) {
        double d = run.simulatedDurationMs();
        if (!Double.isFinite(d) || d <= 0) {
            throw new DecodingException(run + " has no known simulated time (it was interrupted or never ran);"
                    + " give the time window to decode");
        }
        double dt = run.layout().dt();
        return TimeWindow.ofSteps(dt, Math.round(d / dt));
    }

    /**
     * The features of {@code sources} on {@code grid}, in the order given.
     *
     * @throws DecodingException for an unknown channel (naming the run's channels) or a source
     *                           listed twice
     */
    public static BinnedFeatures build(RunResults run, List<FeatureSource> sources, BinGrid grid) throws IOException {
        if (sources.isEmpty()) {
            throw new DecodingException("no recorder channel chosen as decoder input");
        }
        BinnedFeatures f = new BinnedFeatures(grid);
        List<String> seen = new ArrayList<>();
        for (FeatureSource s : sources) {
            if (seen.contains(s.channel())) {
                throw new DecodingException("channel '" + s.channel() + "' is listed twice as decoder input");
            }
            seen.add(s.channel());
            int index = channelIndex(run, s.channel());
            Channel c = run.layout().channels().get(index);
            switch (c.kind()) {
                case SPIKES -> addSpikes(f, run.spikes(index), s, grid);
                case STATE -> addState(f, run.samples(index), grid);
                case RATE -> addRate(f, run.rates(index), grid);
            }
        }
        return f;
    }

    private static int channelIndex(RunResults run, String name) {
        for (Channel c : run.layout().channels()) {
            if (c.name().equals(name)) {
                return c.index();
            }
        }
        throw new DecodingException(run + " has no channel '" + name + "'; its channels are "
                + String.join(", ", run.layout().channels().stream().map(Channel::name).toList()));
    }

    private static void addSpikes(BinnedFeatures f, SpikeRecording r, FeatureSource s, BinGrid grid) {
        SpikeTrains trains = SpikeTrains.of(r);
        String name = r.channel().name();
        if (s.grouping() == FeatureSource.Grouping.POPULATION) {
            f.add(List.of(new FeatureColumn(name, -1, 0, "1", true)), SpikeBinning.population(trains, grid));
            return;
        }
        List<FeatureColumn> cols = new ArrayList<>();
        for (int neuron : r.recordedNeurons()) {
            cols.add(new FeatureColumn(name, neuron, 0, "1", true));
        }
        f.add(cols, SpikeBinning.perNeuron(trains, grid));
    }

    private static void addState(BinnedFeatures f, StateRecording r, BinGrid grid) {
        int[] local = r.channel().neurons();
        List<FeatureColumn> cols = new ArrayList<>();
        for (int j = 0; j < r.width(); j++) {
            int neuron = r.population().offset() + (local == null ? j : local[j]);
            cols.add(new FeatureColumn(r.channel().name(), neuron, 0, r.channel().unit(), false));
        }
        f.add(cols, SignalBinning.state(r, grid));
    }

    private static void addRate(BinnedFeatures f, RateRecording r, BinGrid grid) {
        f.add(List.of(new FeatureColumn(r.channel().name(), -1, 0, "Hz", false)), SignalBinning.rate(r, grid));
    }
}
