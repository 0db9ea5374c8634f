package org.neurocircuit.ui.editor.policies;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.edit.commands.CreateElementCommand;
import org.neurocircuit.model.edit.commands.ReparentCommand;
import org.neurocircuit.model.edit.commands.SetBoundsCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;
import org.neurocircuit.ui.editor.parts.ElementPart;

/**
 * Layout of the circuit and of regions: creating from the palette, moving and resizing, and moving a
 * population or region into this container (nesting, or dragging out to the circuit).
 */
public class CircuitXYLayoutPolicy extends XYLayoutEditPolicy {

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        return new SelectionFeedbackPolicy();
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof NamedElement element)) {
            return null;
        }
        Rectangle box = ((Rectangle) getConstraintFor(request)).getCopy();
        applyDefaultSize(box, element);
        Circuit circuit = EditorContext.circuit(getHost());
        EObject container = (EObject) getHost().getModel();
        if (!(element instanceof Population || element instanceof Region) && container instanceof Region region) {
            // Stimuli and recorders belong to the circuit: keep the drop point, in diagram coordinates.
            box.translate(EditorContext.origin(circuit, region));
        }
        return Commands.wrap(getHost(), new CreateElementCommand(EditorContext.domain(getHost()), circuit, container,
                element, box.x, box.y, box.width, box.height));
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (!(child instanceof ElementPart part) || !(constraint instanceof Rectangle box)) {
            return null;
        }
        DiagramNode node = EditorContext.node(EditorContext.circuit(getHost()), part.element());
        if (node == null) {
            return null;
        }
        if (new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()).equals(box)) {
            // The reference element of an alignment stays put; GEF needs an executable part of the whole.
            return new Command("Unchanged") {
            };
        }
        return Commands.wrap(getHost(), new SetBoundsCommand(EditorContext.domain(getHost()),
                node, box.x, box.y, box.width, box.height));
    }

    @Override
    protected Command createAddCommand(EditPart child, Object constraint) {
        if (!(child instanceof ElementPart part) || !(constraint instanceof Rectangle box)) {
            return null;
        }
        return Commands.wrap(getHost(), new ReparentCommand(EditorContext.domain(getHost()), part.element(),
                (EObject) getHost().getModel(), box.x, box.y, box.width, box.height));
    }

    @Override
    protected Command getDeleteDependantCommand(org.eclipse.gef.Request request) {
        return null; // deleting is the component policy's job (one command for the whole selection)
    }

    private static void applyDefaultSize(Rectangle box, NamedElement element) {
        Point size = element instanceof Region ? new Point(340, 130)
                : element instanceof Population ? new Point(120, 60) : new Point(150, 40);
        if (box.width <= 0 || box.height <= 0) {
            box.width = size.x;
            box.height = size.y;
        }
    }
}
