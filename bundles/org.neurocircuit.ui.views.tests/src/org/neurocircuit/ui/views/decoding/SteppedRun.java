package org.neurocircuit.ui.views.decoding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderWriter;
import org.neurocircuit.engine.results.RunProvenance;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.engine.spi.RunMonitor;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.RunSummary;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * A short run with decoding tasks, recorded as the workbench records one: 200 Poisson inputs
 * (20 Hz) drive 40 LIF neurons, a step current into the LIF neurons holds a level from
 * {0, 150, 300} pA for 150 ms at a time, and the circuit decodes it with ridge regression
 * ("amplitude", from both populations' spikes) and LDA ("classes", from the LIF spikes). Its
 * third task "late" reads a recorder "late_spikes" added after the run, which the run lacks.
 */
final class SteppedRun {

    static final double DURATION_MS = 3000;
    static final String LATE_RECORDER = "late_spikes";
    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final double[] LEVELS_PA = {0, 150, 300};

    private SteppedRun() {
    }

    /** Records the run in {@code dir} and returns its folder. */
    static Path record(Path dir) throws IOException {
        Circuit circuit = circuit();
        Path file = dir.resolve("stepped.circuit");
        CircuitFiles.save(circuit, file);
        Circuit ran = EcoreUtil.copy(circuit); // as it was before the late recorder was added
        ran.getDecodingTasks().removeIf(t -> t.getName().equals("late"));
        ran.getRecorders().removeIf(r -> r.getName().equals(LATE_RECORDER));
        LoweredCircuit lowered = CircuitLowering.lower(ran);
        RunRequest request = RunRequest.of(lowered.network(), lowered.settings().withThreads(1));
        BuiltinBackendProvider backend = new BuiltinBackendProvider();
        RunProvenance provenance = RunProvenance.of(request, backend.id(), backend.version(), List.of());
        RunFolderWriter writer = ResultsStore.besideCircuit(file).newRun(provenance, Files.readAllBytes(file));
        try (SimulationSession session = backend.createSession(request)) {
            session.prepare(RunMonitor.NONE);
            RunSummary summary = session.run(writer, RunMonitor.NONE);
            if (summary.completion() != Completion.COMPLETE) {
                throw new IllegalStateException("stepped run did not complete: " + summary.reason());
            }
            writer.recordSummary(summary);
        }
        return writer.folder();
    }

    private static Circuit circuit() {
        Circuit c = F.createCircuit();
        c.setName("stepped");
        c.setDuration(DURATION_MS);
        c.setDt(0.1);
        c.setSeed(7);
        c.setThreads(1);
        PoissonSource poisson = F.createPoissonSource();
        poisson.setRate(20);
        Population in = population("input", 200, poisson);
        LifCurrent lif = F.createLifCurrent();
        lif.setCm(250);
        lif.setTauM(10);
        lif.setEL(-65);
        lif.setVTh(-50);
        lif.setVReset(-65);
        lif.setTRef(2);
        Population out = population("lif", 40, lif);
        c.getPopulations().add(in);
        c.getPopulations().add(out);
        c.getProjections().add(drive(in, out));
        SpikeRecorder inSpikes = spikes("input_spikes", in);
        SpikeRecorder outSpikes = spikes("lif_spikes", out);
        SpikeRecorder late = spikes(LATE_RECORDER, out);
        c.getRecorders().addAll(List.of(inSpikes, outSpikes, late));
        StepStimulus step = F.createStepStimulus();
        step.setName("step");
        step.getTargets().add(out);
        SplittableRandom random = new SplittableRandom(3);
        for (double t = 0; t < DURATION_MS; t += 150) {
            step.getTimes().add(t);
            step.getAmplitudes().add(LEVELS_PA[random.nextInt(LEVELS_PA.length)]);
        }
        c.getStimuli().add(step);
        c.getDecodingTasks().add(task("amplitude", "ridge", step, List.of(inSpikes, outSpikes), "lambda", "10"));
        c.getDecodingTasks().add(task("classes", "lda", step, List.of(outSpikes), "shrinkage", "0.1"));
        c.getDecodingTasks().add(task("late", "ridge", step, List.of(late), "lambda", "10"));
        return c;
    }

    private static Projection drive(Population in, Population out) {
        Projection p = F.createProjection();
        p.setName("drive");
        p.setSource(in);
        p.setTarget(out);
        FixedProbability rule = F.createFixedProbability();
        rule.setP(0.5);
        p.setRule(rule);
        p.setWeight(constant(300));
        p.setDelay(constant(1));
        Receptor r = F.createReceptor();
        r.setSign(ReceptorSign.EXCITATORY);
        r.setKind(ReceptorKind.CURRENT);
        r.setKinetics(SynapseKinetics.EXPONENTIAL);
        r.setTauSyn(2);
        p.setReceptor(r);
        return p;
    }

    private static DecodingTask task(String name, String decoder, StepStimulus step, List<? extends Recorder> from,
            String key, String value) {
        StimulusTarget target = F.createStimulusTarget();
        target.setStimulus(step);
        target.setParameter("amplitudes");
        DecodingTask t = F.createDecodingTask();
        t.setName(name);
        t.setDecoderId(decoder);
        t.getRecorders().addAll(from);
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

    private static SpikeRecorder spikes(String name, Population p) {
        SpikeRecorder r = F.createSpikeRecorder();
        r.setName(name);
        r.getTargets().add(p);
        return r;
    }

    private static Population population(String name, int size, org.neurocircuit.model.NeuronModel model) {
        Population p = F.createPopulation();
        p.setName(name);
        p.setSize(size);
        p.setNeuronModel(model);
        return p;
    }

    private static ConstantValue constant(double v) {
        ConstantValue c = F.createConstantValue();
        c.setValue(v);
        return c;
    }
}
