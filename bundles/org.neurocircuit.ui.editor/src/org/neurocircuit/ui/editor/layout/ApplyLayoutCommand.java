package org.neurocircuit.ui.editor.layout;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;

/**
 * Builds the one undoable command that applies a layout: a set of x, y, width and height for
 * every box that moves or resizes, and the removal of all bend points (they belonged to the old
 * positions). Executed on the editing domain's stack, it is undone and redone as one step.
 */
public final class ApplyLayoutCommand {

    /** The label of the command in Edit > Undo. */
    public static final String LABEL = "Auto Layout";

    private static final ModelPackage M = ModelPackage.eINSTANCE;

    private ApplyLayoutCommand() {
    }

    /** The command; it cannot execute when the layout changes nothing. */
    public static Command create(EditingDomain domain, Diagram diagram, Map<NamedElement, NodeBounds> bounds) {
        CompoundCommand command = new CompoundCommand(LABEL,
                "Moves and resizes the diagram's boxes as the automatic layout placed them");
        for (DiagramNode node : diagram.getNodes()) {
            NodeBounds b = bounds.get(node.getElement());
            if (b != null) {
                set(command, domain, node, M.getDiagramNode_X(), node.getX(), b.x());
                set(command, domain, node, M.getDiagramNode_Y(), node.getY(), b.y());
                set(command, domain, node, M.getDiagramNode_Width(), node.getWidth(), b.width());
                set(command, domain, node, M.getDiagramNode_Height(), node.getHeight(), b.height());
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            if (!edge.getBendpoints().isEmpty()) {
                command.append(new RemoveCommand(domain, edge, M.getDiagramEdge_Bendpoints(),
                        new ArrayList<>(edge.getBendpoints())));
            }
        }
        return command;
    }

    private static void set(CompoundCommand command, EditingDomain domain, DiagramNode node, EAttribute feature,
            int old, int value) {
        if (old != value) {
            command.append(new SetCommand(domain, node, feature, value));
        }
    }
}
