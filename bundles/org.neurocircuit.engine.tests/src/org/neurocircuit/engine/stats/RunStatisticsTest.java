package org.neurocircuit.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;

/** Statistics of a stored run, through the store, the writer and the reader. */
class RunStatisticsTest {

    @Test
    void wholeRunAndWindowedStatisticsOfAStoredRun() throws IOException {
        Path root = Files.createTempDirectory("nc-stats-test");
        ResultsStore store = new ResultsStore(root);
        RunFolderWriter w = store.newRun(new RunProvenance("regular", 1, 100, 1, "test", "1", List.of()), null);
        // 8 neurons of E, each firing every 250 steps (25 ms) from step 10 i + 1; I is silent
        w.open(new RecordingLayout("regular", 0.1, 1000,
                List.of(new PopulationInfo("E", 0, 8), new PopulationInfo("I", 8, 2)),
                List.of(new Channel(0, "spikesE", Kind.SPIKES, 0, null, "", 1, null),
                        new Channel(1, "spikesI", Kind.SPIKES, 1, null, "", 1, null))));
        for (int step = 1; step <= 1000; step++) {
            int phase = (step - 1) % 250;
            if (phase % 10 == 0 && phase / 10 < 8) {
                w.spikes(0, 1, new int[] {phase / 10}, new int[] {step});
            }
        }
        w.close(Completion.COMPLETE, "");
        try {
            RunResults run = RunFolderReader.open(w.folder());
            List<SpikeStatistics> all = SpikeStatistics.forRun(run, null, 25, 2);
            assertEquals(2, all.size());
            SpikeStatistics e = all.get(0);
            assertEquals(100.0, e.window().durationMs(), 1e-9);
            assertEquals(32, e.spikes());
            assertEquals(40.0, e.meanRateHz(), 1e-9);
            assertEquals(0.0, e.cv().mean(), 1e-9);
            assertEquals(8, e.cv().neurons());
            assertEquals(0.0, e.fano().mean(), 0.0);
            SpikeStatistics i = all.get(1);
            assertEquals(0.0, i.meanRateHz());
            assertEquals(1.0, i.silentFraction());
            assertEquals(0, i.cv().neurons());

            SpikeStatistics firstHalf = SpikeStatistics.forRun(run, new TimeWindow(0, 50), 25, 2).get(0);
            assertEquals(16, firstHalf.spikes());
            assertEquals(40.0, firstHalf.meanRateHz(), 1e-9);
        } finally {
            store.delete(w.folder());
            Files.delete(root);
        }
    }
}
