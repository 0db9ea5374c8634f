package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.labels.PartLabels;
import org.neurocircuit.model.units.Units;
import org.neurocircuit.ui.editor.figures.SynapseConnection;
import org.neurocircuit.ui.editor.policies.ConnectionSelectionPolicy;
import org.neurocircuit.ui.editor.policies.ElementComponentPolicy;

/**
 * A projection line: head from the receptor's sign, label with rule and weight (in the receptor's
 * unit). Lines between the same two populations bend apart so that each stays visible.
 */
public class ProjectionEditPart extends AbstractConnectionEditPart {

    /** Pixels by which parallel or opposite lines bend away from each other. */
    static final int BEND = 14;
    /** Above this many projections, a line's label shows only while it is selected (the tooltip always does). */
    static final int LABELLED_AT_MOST = 12;

    public ProjectionEditPart() {
        ModelListener.follow(this, this::listened, this::refreshVisuals);
    }

    public Projection projection() {
        return (Projection) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new SynapseConnection();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionSelectionPolicy());
    }

    private List<Notifier> listened() {
        Projection projection = projection();
        List<Notifier> notifiers = new ArrayList<>(List.of(projection));
        notifiers.add(projection.getReceptor());
        notifiers.add(projection.getRule());
        notifiers.add(projection.getWeight());
        Circuit circuit = EditorContext.circuit(this);
        notifiers.add(circuit);
        return notifiers;
    }

    @Override
    protected void refreshVisuals() {
        Projection projection = projection();
        SynapseConnection figure = (SynapseConnection) getFigure();
        figure.setSign(projection.getReceptor() != null && projection.getReceptor().getSign() == ReceptorSign.INHIBITORY);
        figure.setLabelText(PartLabels.rule(projection.getRule()) + "  w=" + PartLabels.quantity(projection.getWeight(),
                Units.weightUnit(projection)));
        figure.setRoutingConstraint(bend(projection));
        Circuit circuit = EditorContext.circuit(this);
        figure.setLabelAlways(circuit == null || circuit.getProjections().size() <= LABELLED_AT_MOST);
        followEnds(projection);
    }

    /**
     * Population parts list their lines but do not listen to every projection, so when this line's
     * ends were moved the old end's part drops it first and the new end's part then takes it over.
     */
    private void followEnds(Projection projection) {
        EditPart source = getSource();
        EditPart target = getTarget();
        if (source != null && source.getModel() != projection.getSource()) {
            source.refresh();
            refreshPart(projection.getSource());
        }
        if (target != null && target.getModel() != projection.getTarget()) {
            target.refresh();
            refreshPart(projection.getTarget());
        }
    }

    private void refreshPart(Object model) {
        if (getViewer() != null && getViewer().getEditPartRegistry().get(model) instanceof EditPart part) {
            part.refresh();
        }
    }

    /** 0 for a lone line; else BEND times its rank among the lines joining the same two populations. */
    private Integer bend(Projection projection) {
        Circuit circuit = EditorContext.circuit(this);
        if (circuit == null) {
            return 0;
        }
        int rank = 0;
        int parallel = 0;
        for (Projection other : circuit.getProjections()) {
            boolean same = other.getSource() == projection.getSource() && other.getTarget() == projection.getTarget();
            boolean opposite = other.getSource() == projection.getTarget() && other.getTarget() == projection.getSource();
            if (other == projection) {
                rank = parallel;
            }
            if (same || opposite) {
                parallel++;
            }
        }
        return parallel <= 1 ? 0 : BEND * (rank + 1);
    }
}
