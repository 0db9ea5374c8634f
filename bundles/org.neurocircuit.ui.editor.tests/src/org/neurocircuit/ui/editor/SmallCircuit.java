package org.neurocircuit.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.edit.commands.ElementFactory;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * A small valid circuit file: region V1 with E (LIF cond.) and I (LIF curr.), top-level X (Poisson
 * source), projections E→I, I⊣E (inhibitory), X→E, a Poisson stimulus on I and a spike recorder on E.
 */
final class SmallCircuit {

    private SmallCircuit() {
    }

    static Circuit create() {
        ModelFactory f = ModelFactory.eINSTANCE;
        Circuit circuit = f.createCircuit();
        circuit.setName("small");
        Region v1 = named(ElementFactory.region(), "V1");
        Population e = named(ElementFactory.population(Literals.LIF_CONDUCTANCE), "E");
        Population i = named(ElementFactory.population(Literals.LIF_CURRENT), "I");
        Population x = named(ElementFactory.population(Literals.POISSON_SOURCE), "X");
        v1.getPopulations().add(e);
        v1.getPopulations().add(i);
        circuit.getRegions().add(v1);
        circuit.getPopulations().add(x);
        Projection ei = named(ElementFactory.projection(e, i), "EI");
        Projection ie = named(ElementFactory.projection(i, e), "IE");
        ie.getReceptor().setSign(ReceptorSign.INHIBITORY);
        ie.getReceptor().setERev(-80);
        Projection xe = named(ElementFactory.projection(x, e), "XE");
        circuit.getProjections().addAll(java.util.List.of(ei, ie, xe));
        Stimulus drive = named(ElementFactory.stimulus(Literals.POISSON_STIMULUS), "drive");
        drive.getTargets().add(i);
        circuit.getStimuli().add(drive);
        Recorder spikes = named(ElementFactory.recorder(Literals.SPIKE_RECORDER), "spikes");
        spikes.getTargets().add(e);
        circuit.getRecorders().add(spikes);
        Diagram diagram = f.createDiagram();
        circuit.setDiagram(diagram);
        node(diagram, v1, 220, 40, 360, 140);
        node(diagram, e, 20, 40, 120, 60);
        node(diagram, i, 210, 40, 120, 60);
        node(diagram, x, 20, 260, 120, 60);
        node(diagram, drive, 640, 60, 150, 40);
        node(diagram, spikes, 20, 40, 150, 40);
        return circuit;
    }

    static InputStream file() throws Exception {
        Path temp = Files.createTempFile("small", ".circuit");
        try {
            CircuitFiles.save(create(), temp);
            return new ByteArrayInputStream(Files.readAllBytes(temp));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static <T extends NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }

    private static void node(Diagram diagram, NamedElement element, int x, int y, int w, int h) {
        DiagramNode node = ModelFactory.eINSTANCE.createDiagramNode();
        node.setElement(element);
        node.setX(x);
        node.setY(y);
        node.setWidth(w);
        node.setHeight(h);
        diagram.getNodes().add(node);
    }
}
