package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.decode.store.StoredDecoding;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * decode runs a circuit's decoding tasks on a run folder (or decodes CSV files), prints per-fold
 * and pooled scores with units, writes the results beside the input, and refuses what it cannot
 * decode with exit 1 and a message saying why.
 */
class DecodeCommandTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final double[] LEVELS_PA = {0, 150, 300};

    @TempDir
    Path dir;

    /**
     * The tiny circuit with a step current into the LIF population, a level from {0, 150, 300} pA
     * held for 150 ms at a time, and two tasks on it: ridge regression and LDA classes.
     */
    private Path simulateWithTasks() throws IOException {
        Circuit c = TinyCircuits.tiny(40, 4500);
        Population lif = c.getPopulations().get(1);
        StepStimulus step = F.createStepStimulus();
        step.setName("step");
        step.getTargets().add(lif);
        SplittableRandom random = new SplittableRandom(3);
        for (double t = 0; t < 4500; t += 150) {
            step.getTimes().add(t);
            step.getAmplitudes().add(LEVELS_PA[random.nextInt(LEVELS_PA.length)]);
        }
        c.getStimuli().add(step);
        SpikeRecorder spikes = (SpikeRecorder) c.getRecorders().get(1);
        c.getDecodingTasks().add(task("amplitude", "ridge", step, spikes, "lambda", "10"));
        c.getDecodingTasks().add(task("classes", "lda", step, spikes, "shrinkage", "0.1"));
        Path file = TinyCircuits.save(c, dir, "stepped.circuit");
        Cli.Result r = Cli.run("simulate", file.toString());
        assertEquals(0, r.code(), r::toString);
        return Path.of(r.out().lines().findFirst().orElseThrow());
    }

    private static DecodingTask task(String name, String decoder, StepStimulus step, SpikeRecorder spikes, String key,
            String value) {
        StimulusTarget target = F.createStimulusTarget();
        target.setStimulus(step);
        target.setParameter("amplitudes");
        DecodingTask t = F.createDecodingTask();
        t.setName(name);
        t.setDecoderId(decoder);
        t.getRecorders().add(spikes);
        t.setTarget(target);
        t.setBinWidth(50);
        t.setHistoryBins(1);
        t.setFolds(5);
        DecoderParameter p = F.createDecoderParameter();
        p.setKey(key);
        p.setValue(value);
        t.getParameters().add(p);
        return t;
    }

    @Test
    void decodesEveryTaskOfTheRunAndWritesThemBesideIt() throws IOException {
        Path run = simulateWithTasks();
        Cli.Result r = Cli.run("decode", run.toString());
        assertEquals(0, r.code(), r::toString);
        String out = r.out();
        assertTrue(out.contains("Task amplitude: ridge") && out.contains("RMSE (pA)") && out.contains("R²"), out);
        assertTrue(out.contains("Task classes: lda") && out.contains("balanced accuracy")
                && out.contains("confusion matrix, pooled (bins):") && out.contains("true \\ predicted (pA)"), out);
        for (String fold : List.of("1", "2", "3", "4", "5", "mean")) {
            cells(out, "amplitude", fold);
            cells(out, "classes", fold);
        }
        double r2 = Double.parseDouble(cells(out, "amplitude", "pooled")[2]);
        double balanced = Double.parseDouble(cells(out, "classes", "pooled")[3]);
        System.out.printf("decode command, tiny stepped circuit: pooled R² %.3f, balanced accuracy %.3f%n", r2,
                balanced);
        assertTrue(r2 > 0.5, out);
        assertTrue(balanced > 0.5, out); // chance is 1/3
        List<Path> stored = StoredDecoding.listIn(run);
        assertEquals(2, stored.size(), stored::toString);
        assertEquals(r2, ((Number) StoredDecoding.read(stored.get(0)).pooled().get("r2")).doubleValue(), 5e-4);
    }

    @Test
    void oneTaskByNameAndItsBlockPermutedControl() throws IOException {
        Path run = simulateWithTasks();
        Cli.Result r = Cli.run("decode", "--control", run.toString(), "amplitude");
        assertEquals(0, r.code(), r::toString);
        assertTrue(!r.out().contains("Task classes"), r::toString);
        assertTrue(r.out().contains("[CONTROL: target permuted in blocks, expect chance]"), r::toString);
        double control = Double.parseDouble(cells(r.out(), "amplitude  [CONTROL", "pooled")[2]);
        assertTrue(control < 0.1, r::toString);
        assertEquals(2, StoredDecoding.listIn(run).size());
    }

    @Test
    void anUnknownTaskListsTheTasksAndExitsOne() throws IOException {
        Path run = simulateWithTasks();
        Cli.Result r = Cli.run("decode", run.toString(), "speed");
        assertEquals(1, r.code(), r::toString);
        assertEquals("error: circuit 'tiny' has no decoding task 'speed'; its tasks are: amplitude, classes",
                r.err().strip());
        assertEquals(List.of(), StoredDecoding.listIn(run));
    }

    @Test
    void aTaskWhoseRecorderTheRunLacksExitsOneAndWritesNothing() throws IOException {
        Path run = simulateWithTasks();
        // The circuit is edited after the run: a task now reads a recorder the run never had.
        Path copy = run.resolve("circuit.circuit");
        Circuit c = CircuitFiles.load(copy).circuit();
        SpikeRecorder input = (SpikeRecorder) c.getRecorders().get(0);
        SpikeRecorder extra = F.createSpikeRecorder();
        extra.setName("later_spikes");
        extra.getTargets().addAll(input.getTargets());
        c.getRecorders().add(extra);
        c.getDecodingTasks().get(0).getRecorders().set(0, extra);
        CircuitFiles.save(c, copy);
        Cli.Result r = Cli.run("decode", run.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("task 'amplitude' reads recorder 'later_spikes', but run " + run.getFileName()
                + " did not record it (its channels: input_spikes, lif_spikes)"), r::toString);
        assertEquals(List.of(), StoredDecoding.listIn(run));
    }

    @Test
    void csvFilesFromElsewhere() throws IOException {
        // 30 Poisson neurons whose rate follows a slow signal, 20 s.
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder spikes = new StringBuilder("neuron,time_ms\n");
        StringBuilder target = new StringBuilder("time_ms,value\n");
        for (int k = 0; k <= 400; k++) {
            target.append(k * 50).append(',').append(signal(k * 50)).append('\n');
        }
        for (int n = 0; n < 30; n++) {
            double gain = 5 + n;
            for (double t = 0; t < 20_000; t += 1) {
                if (random.nextDouble() < (2 + gain * signal(t)) * 1e-3) {
                    spikes.append(n).append(',').append(t).append('\n');
                }
            }
        }
        Path s = Files.writeString(dir.resolve("spikes.csv"), spikes);
        Path t = Files.writeString(dir.resolve("signal.csv"), target);
        Cli.Result r = Cli.run("decode", "--csv", s.toString(), t.toString(), "--decoder", "ridge", "--bin", "50",
                "--history", "2", "-P", "lambda=1");
        assertEquals(0, r.code(), r::toString);
        double r2 = Double.parseDouble(cells(r.out(), "signal", "pooled")[2]);
        assertTrue(r2 > 0.7, r::toString);
        assertTrue(r.out().contains("RMSE (target units)"), r::toString);
        assertEquals(1, StoredDecoding.listIn(dir).size());

        Cli.Result bad = Cli.run("decode", "--csv", s.toString(), t.toString(), "--decoder", "knn-nope");
        assertEquals(1, bad.code(), bad::toString);
        assertTrue(bad.err().contains("no decoder 'knn-nope'; available: "), bad::toString);
        assertEquals(2, Cli.run("decode", "--csv", s.toString(), dir.resolve("absent.csv").toString()).code());
    }

    @Test
    void badArgumentsAndFoldersExitTwo() throws IOException {
        assertEquals(2, Cli.run("decode").code());
        assertEquals(2, Cli.run("decode", dir.resolve("absent").toString()).code());
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Cli.Result r = Cli.run("decode", plain.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("is not a run folder"), r::toString);
    }

    /** A slow signal in [0, 1]. */
    private static double signal(double tMs) {
        return 0.5 + 0.3 * Math.sin(2 * Math.PI * tMs / 3000) + 0.2 * Math.sin(2 * Math.PI * tMs / 1100 + 1);
    }

    /** The cells of the row starting with {@code first} in the table after the line starting "Task <task>". */
    static String[] cells(String out, String task, String first) {
        List<String> lines = out.lines().toList();
        int from = 0;
        while (!lines.get(from).startsWith("Task " + task)) {
            from++;
        }
        for (int i = from + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(first + " ")) {
                return lines.get(i).strip().split("\\s{2,}");
            }
        }
        throw new AssertionError("no row '" + first + "' after task " + task + " in\n" + out);
    }
}
