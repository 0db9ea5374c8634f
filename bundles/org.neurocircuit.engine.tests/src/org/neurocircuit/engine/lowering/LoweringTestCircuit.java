package org.neurocircuit.engine.lowering;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.SubsetKind;
import org.neurocircuit.model.UniformDistribution;

/**
 * Region V1 with E (3200 conductance LIF) and I (4 on a 2 x 2 grid), a top-level Poisson source
 * "drive", projection EI with STDP, a background Poisson stimulus, a DC pulse, spikes of the first
 * 3 neurons of E and I, and V_m of I's neurons 1 and 3.
 */
final class LoweringTestCircuit {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    final Circuit circuit = F.createCircuit();
    final StateRecorder vm = F.createStateRecorder();

    LoweringTestCircuit() {
        circuit.setName("lowering");
        circuit.setDuration(500);
        circuit.setDt(0.1);
        circuit.setSeed(42);
        circuit.setThreads(2);
        Region v1 = F.createRegion();
        v1.setName("V1");
        circuit.getRegions().add(v1);
        Population e = population("E", 3200);
        e.getInitialValues().add(initial("V_m", uniform(-60, -50)));
        e.getInitialValues().add(initial("g_ex", normal(40, 15, 0.0, null)));
        Population i = population("I", 4);
        GridLayout grid = F.createGridLayout();
        grid.setRows(2);
        grid.setColumns(2);
        grid.setSpacing(50);
        grid.setCenterX(100);
        i.setLayout(grid);
        v1.getPopulations().add(e);
        v1.getPopulations().add(i);
        Population drive = F.createPopulation();
        drive.setName("drive");
        drive.setSize(10);
        PoissonSource source = F.createPoissonSource();
        source.setRate(8);
        drive.setNeuronModel(source);
        circuit.getPopulations().add(drive);

        circuit.getProjections().add(projection(e, i));
        addStimuli(e, i);
        addRecorders(e, i);
    }

    private Population population(String name, int size) {
        Population population = F.createPopulation();
        population.setName(name);
        population.setSize(size);
        LifConductance model = F.createLifConductance();
        model.setCm(200);
        model.setGL(10);
        population.setNeuronModel(model);
        return population;
    }

    private Projection projection(Population source, Population target) {
        Projection projection = F.createProjection();
        projection.setName("EI");
        projection.setSource(source);
        projection.setTarget(target);
        FixedProbability rule = F.createFixedProbability();
        rule.setP(0.02);
        projection.setRule(rule);
        projection.setAllowMultapses(false);
        projection.setWeight(normal(6, 1, 0.0, null));
        projection.setDelay(constant(1.5));
        projection.setReceptor(receptor());
        Stdp stdp = F.createStdp();
        stdp.setAPlus(0.01);
        stdp.setAMinus(0.0105);
        stdp.setWMax(12);
        projection.setPlasticity(stdp);
        return projection;
    }

    private void addStimuli(Population e, Population i) {
        PoissonStimulus background = F.createPoissonStimulus();
        background.setName("bg");
        background.getTargets().add(e);
        background.getTargets().add(i);
        background.setReceptor(receptor());
        circuit.getStimuli().add(background);
        DcStimulus pulse = F.createDcStimulus();
        pulse.setName("pulse");
        pulse.getTargets().add(e);
        pulse.setAmplitude(100);
        pulse.setStart(100);
        pulse.setStop(300.0);
        circuit.getStimuli().add(pulse);
    }

    private void addRecorders(Population e, Population i) {
        SpikeRecorder spikes = F.createSpikeRecorder();
        spikes.setName("spikes");
        spikes.getTargets().add(e);
        spikes.getTargets().add(i);
        spikes.setSubset(SubsetKind.FIRST_N);
        spikes.setCount(3);
        circuit.getRecorders().add(spikes);
        vm.setName("vm");
        vm.getTargets().add(i);
        vm.setSubset(SubsetKind.INDICES);
        vm.getIndices().add(1);
        vm.getIndices().add(3);
        vm.setInterval(0.5);
        circuit.getRecorders().add(vm);
    }

    private static Receptor receptor() {
        Receptor receptor = F.createReceptor();
        receptor.setKind(ReceptorKind.CONDUCTANCE);
        receptor.setTauSyn(5);
        receptor.setERev(0);
        return receptor;
    }

    private static InitialValue initial(String variable, Quantity value) {
        InitialValue initial = F.createInitialValue();
        initial.setVariable(variable);
        initial.setValue(value);
        return initial;
    }

    private static Quantity constant(double value) {
        ConstantValue constant = F.createConstantValue();
        constant.setValue(value);
        return constant;
    }

    private static Quantity uniform(double low, double high) {
        UniformDistribution uniform = F.createUniformDistribution();
        uniform.setLow(low);
        uniform.setHigh(high);
        return uniform;
    }

    private static Quantity normal(double mean, double sd, Double low, Double high) {
        NormalDistribution normal = F.createNormalDistribution();
        normal.setMean(mean);
        normal.setSd(sd);
        normal.setLow(low);
        normal.setHigh(high);
        return normal;
    }
}
