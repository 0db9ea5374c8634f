package org.neurocircuit.ui.editor.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.edit.commands.Attachment;
import org.neurocircuit.ui.editor.figures.AttachmentConnection;
import org.neurocircuit.ui.editor.policies.ConnectionSelectionPolicy;
import org.neurocircuit.ui.editor.policies.ElementComponentPolicy;

/** The line of a stimulus or recorder to one of its targets; deleting it detaches the target. */
public class AttachmentEditPart extends AbstractConnectionEditPart {

    public Attachment attachment() {
        return (Attachment) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new AttachmentConnection(attachment().owner() instanceof Stimulus);
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionSelectionPolicy());
    }
}
