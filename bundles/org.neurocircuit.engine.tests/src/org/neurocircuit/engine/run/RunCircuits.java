package org.neurocircuit.engine.run;

import java.io.IOException;
import java.nio.file.Path;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.resource.CircuitFiles;

/** A small circuit for the run pipeline's tests: 100 Poisson sources and 20 LIF neurons, spikes of both recorded. */
final class RunCircuits {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private RunCircuits() {
    }

    /** The circuit, {@code durationMs} long at dt 0.1 ms, seed 7. */
    static Circuit small(double durationMs) {
        Circuit c = F.createCircuit();
        c.setName("small");
        c.setDuration(durationMs);
        c.setDt(0.1);
        c.setSeed(7);
        c.setThreads(1);
        c.setBackendId("clock");
        PoissonSource poisson = F.createPoissonSource();
        poisson.setRate(20);
        LifCurrent lif = F.createLifCurrent();
        lif.setCm(250);
        lif.setTauM(10);
        lif.setEL(-65);
        lif.setVTh(-50);
        lif.setVReset(-65);
        lif.setTRef(2);
        for (Population p : new Population[] {population("input", 100, poisson), population("lif", 20, lif)}) {
            c.getPopulations().add(p);
            SpikeRecorder rec = F.createSpikeRecorder();
            rec.setName(p.getName() + "_spikes");
            rec.getTargets().add(p);
            c.getRecorders().add(rec);
        }
        return c;
    }

    /** Adds a recorder of the LIF neurons' membrane potential (the clock backend does not support it). */
    static Circuit withVoltage(Circuit c) {
        StateRecorder vm = F.createStateRecorder();
        vm.setName("lif_v");
        vm.getTargets().add(c.getPopulations().get(1));
        c.getRecorders().add(vm);
        return c;
    }

    static Path save(Circuit c, Path dir) throws IOException {
        Path file = dir.resolve(c.getName() + ".circuit");
        CircuitFiles.save(c, file);
        return file;
    }

    private static Population population(String name, int size, org.neurocircuit.model.NeuronModel model) {
        Population p = F.createPopulation();
        p.setName(name);
        p.setSize(size);
        p.setNeuronModel(model);
        return p;
    }
}
