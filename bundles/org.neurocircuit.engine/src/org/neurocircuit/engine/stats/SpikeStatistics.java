package org.neurocircuit.engine.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;

/**
 * The summary statistics of one spike channel in one window: what a statistics view or the
 * command line's {@code stats} shows per population.
 *
 * @param channel the channel's name
 * @param population the population's name
 * @param window the window, ms
 * @param neurons neurons recorded
 * @param spikes spikes in the window
 * @param meanRateHz mean rate, Hz ({@link FiringRates#meanHz})
 * @param silentFraction fraction of neurons without a spike
 * @param cv mean CV of ISI ({@link IsiStatistics})
 * @param fano mean Fano factor ({@link FanoFactor})
 * @param chi Golomb–Hansel synchrony ({@link Synchrony})
 */
public record SpikeStatistics(String channel, String population, TimeWindow window, int neurons, int spikes,
        double meanRateHz, double silentFraction, NeuronAverage cv, NeuronAverage fano, double chi) {

    /** Default Fano counting window, ms. */
    public static final double DEFAULT_FANO_BIN_MS = 100;
    /** Default synchrony bin, ms: below the period of the fast (~180 Hz) oscillations of Brunel 2000. */
    public static final double DEFAULT_SYNCHRONY_BIN_MS = 2;

    /** The statistics of spike trains. */
    public static SpikeStatistics of(String channel, String population, SpikeTrains s, TimeWindow w,
            double fanoBinMs, double synchronyBinMs) {
        return new SpikeStatistics(channel, population, w, s.neuronCount(), s.count(w), FiringRates.meanHz(s, w),
                FiringRates.silentFraction(s, w), IsiStatistics.meanCv(s, w), FanoFactor.mean(s, w, fanoBinMs),
                Synchrony.chi(s, w, synchronyBinMs));
    }

    /**
     * The statistics of every spike channel of a run, in channel order.
     *
     * @param window the window, or {@code null} for the whole simulated time (for an interrupted
     *               run, up to the last recorded spike: a lower bound of what was simulated)
     */
    public static List<SpikeStatistics> forRun(RunResults run, TimeWindow window, double fanoBinMs,
            double synchronyBinMs) throws IOException {
        List<SpikeRecording> recordings = new ArrayList<>();
        for (Channel c : run.layout().channels()) {
            if (c.kind() == Kind.SPIKES) {
                recordings.add(run.spikes(c.index()));
            }
        }
        TimeWindow w = window != null ? window : wholeRun(run, recordings);
        List<SpikeStatistics> out = new ArrayList<>();
        for (SpikeRecording r : recordings) {
            out.add(of(r.channel().name(), r.population().name(), SpikeTrains.of(r), w, fanoBinMs, synchronyBinMs));
        }
        return out;
    }

    private static TimeWindow wholeRun(RunResults run, List<SpikeRecording> recordings) {
        double dt = run.layout().dt();
        long steps = run.manifest().outcome().simulatedSteps();
        if (steps < 0) {
            steps = 1;
            for (SpikeRecording r : recordings) {
                if (r.count() > 0) {
                    steps = Math.max(steps, r.steps()[r.count() - 1]);
                }
            }
        }
        return TimeWindow.ofSteps(dt, Math.max(1, steps));
    }
}
