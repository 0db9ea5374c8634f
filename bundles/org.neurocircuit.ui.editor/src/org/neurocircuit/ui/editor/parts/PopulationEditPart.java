package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.gef.EditPolicy;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.edit.commands.Attachment;
import org.neurocircuit.model.labels.PartLabels;
import org.neurocircuit.ui.editor.figures.Colors;
import org.neurocircuit.ui.editor.figures.PopulationFigure;
import org.neurocircuit.ui.editor.policies.CircuitNodePolicy;

/**
 * A population: its projections start and end here, and the lines of stimuli and recorders acting on
 * it end here. Highlighted when another view selects it (the link bus).
 */
public class PopulationEditPart extends ElementPart {

    private boolean highlighted;

    public Population population() {
        return (Population) getModel();
    }

    public void setHighlighted(boolean on) {
        highlighted = on;
        ((PopulationFigure) getFigure()).setHighlighted(on);
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    @Override
    protected IFigure createFigure() {
        return new PopulationFigure();
    }

    @Override
    protected void createEditPolicies() {
        super.createEditPolicies();
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new CircuitNodePolicy());
    }

    @Override
    protected List<Notifier> listened() {
        List<Notifier> notifiers = super.listened();
        notifiers.add(population().getNeuronModel());
        Circuit circuit = circuit();
        if (circuit != null) {
            notifiers.add(circuit);
            notifiers.addAll(circuit.getStimuli());
            notifiers.addAll(circuit.getRecorders());
        }
        return notifiers;
    }

    @Override
    protected void refreshVisuals() {
        PopulationFigure figure = (PopulationFigure) getFigure();
        Population population = population();
        figure.setTexts(population.getName(), PartLabels.modelShort(population.getNeuronModel()),
                "N = " + population.getSize());
        figure.setFill(Colors.parse(population.getColor(), Colors.POPULATION));
        figure.setHighlighted(highlighted);
        super.refreshVisuals();
    }

    @Override
    protected List<Object> getModelSourceConnections() {
        Circuit circuit = circuit();
        return circuit == null ? List.of()
                : new ArrayList<>(circuit.getProjections().stream().filter(p -> p.getSource() == population()).toList());
    }

    @Override
    protected List<Object> getModelTargetConnections() {
        Circuit circuit = circuit();
        List<Object> connections = new ArrayList<>();
        if (circuit == null) {
            return connections;
        }
        for (Projection projection : circuit.getProjections()) {
            if (projection.getTarget() == population()) {
                connections.add(projection);
            }
        }
        List<NamedElement> devices = new ArrayList<>(circuit.getStimuli());
        devices.addAll(circuit.getRecorders());
        for (NamedElement device : devices) {
            if (Attachment.targetsOf(device).contains(population())) {
                connections.add(new Attachment(device, population()));
            }
        }
        return connections;
    }

    @Override
    public Rectangle nameArea() {
        return ((PopulationFigure) getFigure()).nameLabel().getBounds();
    }
}
