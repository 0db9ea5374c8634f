package org.neurocircuit.decode.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.features.FeatureSource;
import org.neurocircuit.decode.features.StimulusTargets;
import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.fixtures.SimulatedRun;
import org.neurocircuit.decode.fixtures.TempFolders;
import org.neurocircuit.decode.registry.DecoderRegistry;
import org.neurocircuit.decode.spi.DecoderParameterException;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.store.StoredDecoding;
import org.neurocircuit.engine.results.ContentHash;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;

/** Decoding a run folder, and CSV files, from end to end. */
class DecodingEndToEndTest {

    static Path dir;
    static SimulatedRun sim;
    static RunResults run;
    static TargetSeries amplitude;

    private final Decoding decoding = new Decoding(DecoderRegistry.withBuiltIns(),
            Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC));

    @BeforeAll
    static void writeRun() throws IOException {
        dir = TempFolders.create("decoding-test");
        sim = SimulatedRun.write(dir.resolve("runs/decoded-1"), 17);
        run = RunFolderReader.open(sim.folder());
        amplitude = StimulusTargets.of(sim.stimulus(), "amplitudes", SimulatedRun.STEPS * SimulatedRun.DT, 0.1);
    }

    @AfterAll
    static void deleteRun() throws IOException {
        TempFolders.delete(dir);
    }

    @Test
    void ridgeDecodesTheStimulusAndWritesItsResultBesideTheRun() throws IOException {
        DecodingTask task = DecodingTask.of("amp task", "ridge", List.of(FeatureSource.perNeuron("spikesE")))
                .withBins(50, 1, true).withParameters(Map.of("lambda", "30"));
        DecodingOutcome o = decoding.decode(run, task, amplitude, DecodingMonitor.NONE);
        assertEquals(sim.folder().resolve("decoding/amp_task-20250304-050607"), o.folder());
        for (String f : List.of("result.json", "predictions.f32", "truth.f32", "bins.i32", "folds.i32",
                "weights.f32")) {
            assertTrue(Files.isRegularFile(o.folder().resolve(f)), f);
        }
        StoredDecoding s = StoredDecoding.read(o.folder());
        double r2 = ((Number) s.pooled().get("r2")).doubleValue();
        System.out.printf("end to end, ridge on spikes: R² %.3f over %d bins%n", r2, s.predictions().length);
        assertTrue(r2 > 0.8, "R² " + r2);
        assertEquals(o.result().predictions().length, s.predictions().length);
        assertEquals(5, s.foldResults().size());
        @SuppressWarnings("unchecked")
        Map<String, Object> input = (Map<String, Object>) s.result().get("input");
        assertEquals(Map.of("run.json", ContentHash.sha256(Files.readAllBytes(sim.folder().resolve("run.json")))),
                input.get("sha256"));
        @SuppressWarnings("unchecked")
        Map<String, Object> decoder = (Map<String, Object>) s.result().get("decoder");
        assertEquals(Map.of("lambda", "30.0", "standardize", "true"), decoder.get("parameters"));
        @SuppressWarnings("unchecked")
        Map<String, Object> features = (Map<String, Object>) s.result().get("features");
        assertEquals(100L, features.get("bins")); // [0.05, 5000.05) ms in 50 ms bins
        assertEquals(1L, features.get("historyBins"));
        assertEquals(2 * SimulatedRun.NEURONS, s.weights().length);
        for (int i = 1; i < s.bins().length; i++) {
            assertTrue(s.bins()[i] > s.bins()[i - 1], "predictions in time order");
        }
        // the same task again in the same second gets its own folder
        Path again = decoding.decode(run, task, amplitude, DecodingMonitor.NONE).folder();
        assertEquals(sim.folder().resolve("decoding/amp_task-20250304-050607-2"), again);
        assertTrue(StoredDecoding.listIn(sim.folder()).containsAll(List.of(o.folder(), again)));
    }

    @Test
    void ldaClassifiesTheAmplitudeFromPopulationRateAndVoltage() throws IOException {
        DecodingTask plain = DecodingTask.of("classes", "lda", List.of(FeatureSource.population("spikesE"),
                FeatureSource.perNeuron("rateE"), FeatureSource.perNeuron("vE"))).withBins(50, 1, false);
        // the rate channel is the population count rescaled: collinear without shrinkage
        String singular = assertThrows(DecodingException.class,
                () -> decoding.decode(run, plain, amplitude, DecodingMonitor.NONE)).getMessage();
        assertTrue(singular.endsWith("is singular (collinear features); set a shrinkage > 0"), singular);
        DecodingTask task = plain.withParameters(Map.of("shrinkage", "0.1"));
        DecodingOutcome o = decoding.decode(run, task, amplitude, DecodingMonitor.NONE);
        System.out.printf("end to end, LDA on population, rate and V: accuracy %.3f, balanced %.3f%n",
                o.result().pooled().accuracy(), o.result().pooled().balancedAccuracy());
        assertTrue(o.result().pooled().accuracy() > 0.9);
        assertArrayEquals(new double[] {0, 100, 200}, o.result().classes());
        assertEquals(List.of("spikesE (population)", "rateE (per neuron)", "vE (per neuron)"),
                o.provenance().sources());
        assertEquals(4 * 3, o.provenance().columns().size()); // 4 base columns at lags 0, 1, -1
    }

    @Test
    void theBlockPermutedControlStaysAtChance() throws IOException {
        DecodingTask task = DecodingTask.of("control", "ridge", List.of(FeatureSource.perNeuron("spikesE")))
                .withBins(50, 2, true).withShuffledControl(5);
        DecodingOutcome o = decoding.decode(run, task, amplitude, DecodingMonitor.NONE);
        System.out.printf("end to end, block-permuted control: R² %.3f%n", o.result().pooled().r2());
        assertTrue(o.result().pooled().r2() < 0.1, "R² " + o.result().pooled().r2());
        assertTrue(o.provenance().shuffledControl());
    }

    @Test
    void csvInputDecodesLikeTheRun() throws IOException {
        Path csv = Files.createDirectories(dir.resolve("elsewhere"));
        StringBuilder spikes = new StringBuilder("neuron,time_ms\n");
        for (int i = sim.spikeNeurons().length - 1; i >= 0; i--) { // any order
            spikes.append(sim.spikeNeurons()[i] + 100).append(',').append(sim.spikeTimesMs()[i]).append('\n');
        }
        Files.writeString(csv.resolve("spikes.csv"), spikes);
        StringBuilder target = new StringBuilder("# the stimulus amplitude, pA\ntime_ms,value\n");
        for (int k = 0; k < amplitude.times().length; k++) {
            target.append(amplitude.times()[k]).append(',').append(amplitude.values()[k]).append('\n');
        }
        target.append("5000,").append(amplitude.values()[amplitude.values().length - 1]).append('\n');
        Files.writeString(csv.resolve("target.csv"), target);
        DecodingTask task = DecodingTask.of("csv", "poisson-bayes", List.of()).withBins(50, 0, true);
        DecodingOutcome o = decoding.decodeCsv(csv.resolve("spikes.csv"), csv.resolve("target.csv"),
                Interpolation.STEP, task, DecodingMonitor.NONE);
        System.out.printf("end to end, CSV with poisson-bayes: R² %.3f, %.3f bits/spike%n", o.result().pooled().r2(),
                o.result().pooled().bitsPerSpike());
        assertTrue(o.folder().startsWith(csv.resolve("decoding")));
        assertTrue(o.result().pooled().r2() > 0.9, "R² " + o.result().pooled().r2());
        assertEquals(100, o.provenance().columns().get(0).neuron());
        assertEquals(2, o.provenance().inputHashes().size());
    }

    @Test
    void badTasksFailBeforeAnythingIsWritten() {
        DecodingTask unknownChannel = DecodingTask.of("t", "ridge", List.of(FeatureSource.perNeuron("spikesI")));
        DecodingException e = assertThrows(DecodingException.class,
                () -> decoding.decode(run, unknownChannel, amplitude, DecodingMonitor.NONE));
        assertEquals("run decoded-1 (complete) has no channel 'spikesI'; its channels are spikesE, rateE, vE",
                e.getMessage());
        DecodingTask badSetting = DecodingTask.of("t", "ridge", List.of(FeatureSource.perNeuron("spikesE")))
                .withParameters(Map.of("lambda", "-2"));
        assertThrows(DecoderParameterException.class,
                () -> decoding.decode(run, badSetting, amplitude, DecodingMonitor.NONE));
        DecodingTask coarse = DecodingTask.of("t", "ridge", List.of(FeatureSource.perNeuron("vE"))).withBins(0.5, 0,
                true);
        String m = assertThrows(DecodingException.class,
                () -> decoding.decode(run, coarse, amplitude, DecodingMonitor.NONE)).getMessage();
        assertEquals("channel 'vE' has no sample in the bin [0.05, 0.55) ms: it samples every 1.0 ms, longer than the"
                + " 0.5 ms bins; use bins of at least 1.0 ms", m);
    }
}
