package org.neurocircuit.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Region;

/**
 * Gives a circuit a diagram and a node to each population, region, stimulus and recorder that has
 * none (a file written by a script, or by another tool), in rows below what is already drawn. Runs
 * once on load, before the editing history starts.
 */
final class DiagramCompletion {

    private static final int GAP = 20;

    private DiagramCompletion() {
    }

    /** Returns whether anything was added. */
    static boolean complete(Circuit circuit) {
        boolean added = false;
        if (circuit.getDiagram() == null) {
            circuit.setDiagram(ModelFactory.eINSTANCE.createDiagram());
            added = true;
        }
        Diagram diagram = circuit.getDiagram();
        List<NamedElement> top = new ArrayList<>(circuit.getRegions());
        top.addAll(circuit.getPopulations());
        top.addAll(circuit.getStimuli());
        top.addAll(circuit.getRecorders());
        added |= place(diagram, top, bottom(diagram, circuit));
        for (Region region : circuit.allRegions()) {
            List<NamedElement> inside = new ArrayList<>(region.getRegions());
            inside.addAll(region.getPopulations());
            added |= place(diagram, inside, bottom(diagram, region));
        }
        return added;
    }

    /** Adds nodes for the elements without one, in a row at {@code y}, wrapping after four. */
    private static boolean place(Diagram diagram, List<NamedElement> elements, int y) {
        int column = 0;
        int row = y;
        boolean added = false;
        for (NamedElement element : elements) {
            if (diagram.nodeFor(element) != null) {
                continue;
            }
            DiagramNode node = ModelFactory.eINSTANCE.createDiagramNode();
            node.setElement(element);
            if (element instanceof Region) {
                node.setWidth(340);
                node.setHeight(130);
            } else if (!(element instanceof Population)) {
                node.setWidth(150);
                node.setHeight(40);
            }
            node.setX(GAP + column * 360);
            node.setY(row);
            diagram.getNodes().add(node);
            added = true;
            if (++column == 4) {
                column = 0;
                row += 150;
            }
        }
        return added;
    }

    /** The y just below the lowest node drawn inside {@code container} (top-level or in a region). */
    private static int bottom(Diagram diagram, EObject container) {
        int bottom = container instanceof Region ? 35 - GAP : 0;
        for (DiagramNode node : diagram.getNodes()) {
            EObject element = node.getElement();
            if (element != null && element.eContainer() == container) {
                bottom = Math.max(bottom, node.getY() + node.getHeight());
            }
        }
        return bottom + GAP;
    }
}
