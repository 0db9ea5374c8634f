package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPolicy;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.edit.commands.Attachment;
import org.neurocircuit.ui.editor.figures.DeviceFigure;
import org.neurocircuit.ui.editor.policies.CircuitNodePolicy;

/** A stimulus or recorder: a box whose lines go to its target populations. */
abstract class DeviceEditPart extends ElementPart {

    /** One line, e.g. "Poisson 8 Hz" or "spikes". */
    protected abstract String detail();

    @Override
    protected void createEditPolicies() {
        super.createEditPolicies();
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new CircuitNodePolicy());
    }

    @Override
    protected void refreshVisuals() {
        ((DeviceFigure) getFigure()).setTexts(element().getName(), detail());
        super.refreshVisuals();
    }

    @Override
    protected List<Object> getModelSourceConnections() {
        List<Object> connections = new ArrayList<>();
        for (Population target : Attachment.targetsOf(element())) {
            connections.add(new Attachment(element(), target));
        }
        return connections;
    }

    @Override
    public Rectangle nameArea() {
        return ((DeviceFigure) getFigure()).nameLabel().getBounds();
    }
}
