package org.neurocircuit.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.resource.CircuitResourceFactory;

/**
 * Small circuits saved as files: 200 Poisson sources (20 Hz) driving 50 current-based LIF
 * neurons strongly enough to fire, with spikes recorded from both populations.
 */
final class TinyCircuits {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private TinyCircuits() {
    }

    /** The tiny circuit with {@code lif} LIF neurons, running {@code durationMs}. */
    static Circuit tiny(int lif, double durationMs) {
        Circuit c = F.createCircuit();
        c.setName("tiny");
        c.setDuration(durationMs);
        c.setDt(0.1);
        c.setSeed(7);
        c.setThreads(1);
        PoissonSource poisson = F.createPoissonSource();
        poisson.setRate(20);
        Population in = population("input", 200, poisson);
        LifCurrent model = F.createLifCurrent();
        model.setCm(250);
        model.setTauM(10);
        model.setEL(-65);
        model.setVTh(-50);
        model.setVReset(-65);
        model.setTRef(2);
        Population out = population("lif", lif, model);
        c.getPopulations().add(in);
        c.getPopulations().add(out);
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
        c.getProjections().add(p);
        for (Population pop : new Population[] {in, out}) {
            SpikeRecorder rec = F.createSpikeRecorder();
            rec.setName(pop.getName() + "_spikes");
            rec.getTargets().add(pop);
            c.getRecorders().add(rec);
        }
        return c;
    }

    /** Saves a circuit as {@code dir/name}. */
    static Path save(Circuit circuit, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Resource resource = CircuitResourceFactory.register(new ResourceSetImpl())
                .createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(circuit);
        resource.save(null);
        return file;
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
