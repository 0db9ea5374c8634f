package org.neurocircuit.ui.editor.bench;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpikeRecorder;

/**
 * A circuit as large as a whole-brain model drawn population by population: {@code regions}
 * regions of {@code perRegion} LIF populations, each population projecting to the next two of
 * its region and to the same position in the next region, one Poisson stimulus and one spike
 * recorder per region, every element drawn (regions in a grid, populations in rows inside).
 */
public final class LargeCircuits {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final int BOX_W = 120;
    private static final int BOX_H = 60;
    private static final int GAP = 30;
    private static final int COLUMNS_IN_REGION = 5;

    private LargeCircuits() {
    }

    /** 25 regions of 20 populations: 500 populations, 1,500 projections. */
    public static Circuit fiveHundredPopulations() {
        return create("large_500", 25, 20);
    }

    public static Circuit create(String name, int regions, int perRegion) {
        Circuit circuit = F.createCircuit();
        circuit.setName(name);
        Diagram diagram = F.createDiagram();
        circuit.setDiagram(diagram);
        int rows = (perRegion + COLUMNS_IN_REGION - 1) / COLUMNS_IN_REGION;
        int regionW = COLUMNS_IN_REGION * (BOX_W + GAP) + GAP;
        int regionH = rows * (BOX_H + GAP) + GAP + 30;
        int regionColumns = (int) Math.ceil(Math.sqrt(regions));
        Population[][] pops = new Population[regions][perRegion];
        for (int r = 0; r < regions; r++) {
            Region region = F.createRegion();
            region.setName("R" + r);
            circuit.getRegions().add(region);
            node(diagram, region, 200 + (r % regionColumns) * (regionW + 60), 20 + (r / regionColumns) * (regionH + 60),
                    regionW, regionH);
            for (int i = 0; i < perRegion; i++) {
                Population p = F.createPopulation();
                p.setName("P" + r + "_" + i);
                p.setSize(100 + 10 * i);
                LifCurrent model = F.createLifCurrent();
                p.setNeuronModel(model);
                region.getPopulations().add(p);
                pops[r][i] = p;
                node(diagram, p, GAP + (i % COLUMNS_IN_REGION) * (BOX_W + GAP), 30 + GAP + (i / COLUMNS_IN_REGION)
                        * (BOX_H + GAP), BOX_W, BOX_H);
            }
        }
        for (int r = 0; r < regions; r++) {
            for (int i = 0; i < perRegion; i++) {
                project(circuit, diagram, pops[r][i], pops[r][(i + 1) % perRegion], i % 4 != 3);
                project(circuit, diagram, pops[r][i], pops[r][(i + 2) % perRegion], i % 4 != 3);
                project(circuit, diagram, pops[r][i], pops[(r + 1) % regions][i], true);
            }
            addDevices(circuit, diagram, r, pops[r][0], 20 + (r / regionColumns) * (regionH + 60));
        }
        return circuit;
    }

    private static void addDevices(Circuit circuit, Diagram diagram, int r, Population target, int y) {
        PoissonStimulus stimulus = F.createPoissonStimulus();
        stimulus.setName("drive_" + r);
        stimulus.setRate(8);
        stimulus.setReceptor(F.createReceptor());
        stimulus.getTargets().add(target);
        circuit.getStimuli().add(stimulus);
        node(diagram, stimulus, 20, y + 20 + (r % 5) * 50, 150, 40);
        edge(diagram, stimulus, target);
        SpikeRecorder recorder = F.createSpikeRecorder();
        recorder.setName("spikes_" + r);
        recorder.getTargets().add(target);
        circuit.getRecorders().add(recorder);
        node(diagram, recorder, 20, y + 270 + (r % 5) * 50, 150, 40);
        edge(diagram, recorder, target);
    }

    private static void project(Circuit circuit, Diagram diagram, Population source, Population target,
            boolean excitatory) {
        Projection p = F.createProjection();
        p.setName(source.getName() + "_to_" + target.getName());
        p.setSource(source);
        p.setTarget(target);
        FixedProbability rule = F.createFixedProbability();
        rule.setP(0.05);
        p.setRule(rule);
        p.setWeight(constant(excitatory ? 10 : 40));
        p.setDelay(constant(1.5));
        Receptor receptor = F.createReceptor();
        receptor.setSign(excitatory ? ReceptorSign.EXCITATORY : ReceptorSign.INHIBITORY);
        p.setReceptor(receptor);
        circuit.getProjections().add(p);
        edge(diagram, p, null);
    }

    private static ConstantValue constant(double value) {
        ConstantValue c = F.createConstantValue();
        c.setValue(value);
        return c;
    }

    private static void node(Diagram diagram, NamedElement element, int x, int y, int w, int h) {
        DiagramNode node = F.createDiagramNode();
        node.setElement(element);
        node.setX(x);
        node.setY(y);
        node.setWidth(w);
        node.setHeight(h);
        diagram.getNodes().add(node);
    }

    private static void edge(Diagram diagram, NamedElement element, NamedElement target) {
        DiagramEdge edge = F.createDiagramEdge();
        edge.setElement(element);
        edge.setTarget(target);
        diagram.getEdges().add(edge);
    }
}
