package org.neurocircuit.ui.editor.wizard;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.examples.ReferenceCircuit;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelFactory;

/**
 * What a new circuit starts from: nothing (a circuit named after its file, with an empty
 * diagram) or one of the reference circuits.
 *
 * @param title shown in the list
 * @param description shown below the list
 * @param reference the reference circuit, or null for the empty circuit
 */
public record CircuitTemplate(String title, String description, ReferenceCircuit reference) {

    /** The empty circuit first, then every reference circuit in catalogue order. */
    public static List<CircuitTemplate> all() {
        List<CircuitTemplate> list = new ArrayList<>();
        list.add(new CircuitTemplate("Empty circuit",
                "A circuit with nothing in it yet: draw regions, populations and projections with the palette.",
                null));
        for (ReferenceCircuit r : ReferenceCircuits.all()) {
            list.add(new CircuitTemplate(r.label(), r.description() + "\n\nSource: " + r.citation(), r));
        }
        return List.copyOf(list);
    }

    /** A new circuit; the empty one is named {@code name}, a reference circuit keeps its own name. */
    public Circuit create(String name) {
        if (reference != null) {
            return reference.create();
        }
        Circuit circuit = ModelFactory.eINSTANCE.createCircuit();
        circuit.setName(name);
        circuit.setDiagram(ModelFactory.eINSTANCE.createDiagram());
        return circuit;
    }
}
