package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.ui.editor.policies.ElementComponentPolicy;
import org.neurocircuit.ui.editor.policies.NameDirectEditPolicy;

/**
 * Common controller of a drawn element (region, population, stimulus, recorder): bounds from its
 * diagram node, listening while active, delete and rename policies, direct edit of the name.
 */
public abstract class ElementPart extends AbstractGraphicalEditPart implements NodeEditPart {

    protected ElementPart() {
        ModelListener.follow(this, this::listened, this::refresh);
    }

    public NamedElement element() {
        return (NamedElement) getModel();
    }

    protected Circuit circuit() {
        return getParent() == null ? null : EditorContext.circuit(this);
    }

    protected DiagramNode node() {
        return EditorContext.node(circuit(), element());
    }

    /** The model objects whose changes this part shows; subclasses add theirs. */
    protected List<Notifier> listened() {
        List<Notifier> notifiers = new ArrayList<>();
        notifiers.add(element());
        notifiers.add(node());
        return notifiers;
    }

    /** The name's area, in the same coordinates as the figure's bounds (for the direct-edit box). */
    public abstract Rectangle nameArea();

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy());
    }

    @Override
    protected void refreshVisuals() {
        DiagramNode node = node();
        if (node != null && getParent() instanceof GraphicalEditPart parent) {
            parent.setLayoutConstraint(this, getFigure(),
                    new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
                || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new NameEditManager(this).show();
        }
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }
}
