package org.neurocircuit.ui.editor.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;

/**
 * What a layout sees of a circuit: the elements that have a box in the diagram, each with the
 * region box that contains it, and the lines between them (projections, stimulus to target,
 * recorded population to recorder). Elements without a box are left where they are.
 */
final class CircuitGraph {

    /** One box: the element, its enclosing region with a box (null at top level), its current size. */
    record Item(NamedElement element, Region parent, int width, int height) {
        boolean isRegion() {
            return element instanceof Region;
        }
    }

    /** A line between two boxes. */
    record Link(NamedElement source, NamedElement target) {
    }

    final Map<NamedElement, Item> items = new LinkedHashMap<>();
    final List<Link> links = new ArrayList<>();

    CircuitGraph(Circuit circuit) {
        Diagram diagram = circuit.getDiagram();
        if (diagram == null) {
            return;
        }
        for (Region region : circuit.allRegions()) {
            add(diagram, region);
        }
        for (Population population : circuit.allPopulations()) {
            add(diagram, population);
        }
        circuit.getStimuli().forEach(s -> add(diagram, s));
        circuit.getRecorders().forEach(r -> add(diagram, r));
        for (Projection p : circuit.getProjections()) {
            link(p.getSource(), p.getTarget());
        }
        for (Stimulus s : circuit.getStimuli()) {
            s.getTargets().forEach(t -> link(s, t));
        }
        for (Recorder r : circuit.getRecorders()) {
            r.getTargets().forEach(t -> link(t, r));
        }
    }

    private void add(Diagram diagram, NamedElement element) {
        DiagramNode node = diagram.nodeFor(element);
        if (node != null) {
            items.put(element, new Item(element, parentWithBox(diagram, element), positive(node.getWidth(), 120),
                    positive(node.getHeight(), 60)));
        }
    }

    private static int positive(int value, int fallback) {
        return value > 0 ? value : fallback;
    }

    /** The nearest enclosing region that has a box. */
    private static Region parentWithBox(Diagram diagram, NamedElement element) {
        for (EObject c = element.eContainer(); c instanceof Region region; c = region.eContainer()) {
            if (diagram.nodeFor(region) != null) {
                return region;
            }
        }
        return null;
    }

    private void link(NamedElement source, NamedElement target) {
        if (source != null && target != null && items.containsKey(source) && items.containsKey(target)) {
            links.add(new Link(source, target));
        }
    }

    /** The items directly inside {@code parent} (null: top level), in model order. */
    List<Item> children(Region parent) {
        return items.values().stream().filter(i -> i.parent() == parent).toList();
    }

    /** The ancestor of {@code element} (or itself) that sits directly inside {@code parent}, or null. */
    NamedElement childOf(Region parent, NamedElement element) {
        NamedElement current = element;
        while (current != null && items.containsKey(current)) {
            Region up = items.get(current).parent();
            if (up == parent) {
                return current;
            }
            current = up;
        }
        return null;
    }
}
