package org.neurocircuit.ui.editor.parts;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Region;

/** What edit parts and policies need from their editor, kept as properties of the viewer. */
public final class EditorContext {

    /** Viewer property holding the circuit's {@link EditingDomain}. */
    public static final String DOMAIN = "org.neurocircuit.ui.editor.domain";

    /** Viewer property holding a {@code Consumer<String>} that shows a refusal (null clears it). */
    public static final String STATUS = "org.neurocircuit.ui.editor.status";

    private EditorContext() {
    }

    /** Shows {@code message} (why an edit is refused) where the editor shows such messages. */
    @SuppressWarnings("unchecked")
    public static void report(EditPart part, String message) {
        if (part.getViewer() != null && part.getViewer().getProperty(STATUS) instanceof java.util.function.Consumer<?> c) {
            ((java.util.function.Consumer<String>) c).accept(message);
        }
    }

    public static EditingDomain domain(EditPart part) {
        return (EditingDomain) part.getViewer().getProperty(DOMAIN);
    }

    public static Circuit circuit(EditPart part) {
        EditPartViewer viewer = part.getViewer();
        return viewer == null || viewer.getContents() == null ? null : (Circuit) viewer.getContents().getModel();
    }

    /** The node drawing {@code element}, or null. */
    public static DiagramNode node(Circuit circuit, NamedElement element) {
        return circuit == null || circuit.getDiagram() == null ? null : circuit.getDiagram().nodeFor(element);
    }

    /** Where {@code region}'s inside starts in diagram coordinates: the sum of its and its ancestors' node origins. */
    public static org.eclipse.draw2d.geometry.Point origin(Circuit circuit, Region region) {
        org.eclipse.draw2d.geometry.Point origin = new org.eclipse.draw2d.geometry.Point();
        for (Object o = region; o instanceof Region r; o = r.eContainer()) {
            DiagramNode node = node(circuit, r);
            if (node != null) {
                origin.translate(node.getX(), node.getY());
            }
        }
        return origin;
    }
}
