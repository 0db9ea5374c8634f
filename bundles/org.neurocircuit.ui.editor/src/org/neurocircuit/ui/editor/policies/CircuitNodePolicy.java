package org.neurocircuit.ui.editor.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.edit.commands.ConnectCommand;
import org.neurocircuit.model.edit.commands.ReconnectCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;

/**
 * Drawing lines with the connection tool: from a population (a projection), a stimulus or a
 * recorder (an attachment) to a population; and dragging an end of a drawn line onto another element
 * (the host), which the domain's {@link ReconnectCommand} accepts or refuses with its reason.
 */
public class CircuitNodePolicy extends GraphicalNodeEditPolicy {

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        Object source = getHost().getModel();
        if (!(source instanceof Population || source instanceof Stimulus || source instanceof Recorder)) {
            return null;
        }
        Command start = new ConnectionStart((NamedElement) source);
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (!(request.getStartCommand() instanceof ConnectionStart start)) {
            return null;
        }
        return Commands.wrap(getHost(), new ConnectCommand(EditorContext.domain(getHost()),
                EditorContext.circuit(getHost()), start.source, (NamedElement) getHost().getModel()));
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return reconnect(request, false);
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return reconnect(request, true);
    }

    private Command reconnect(ReconnectRequest request, boolean sourceEnd) {
        return Commands.wrap(getHost(), new ReconnectCommand(EditorContext.domain(getHost()),
                EditorContext.circuit(getHost()), request.getConnectionEditPart().getModel(), sourceEnd,
                (NamedElement) getHost().getModel()));
    }

    /** Holds the line's source between the first and second click; never executed itself. */
    static final class ConnectionStart extends Command {

        final NamedElement source;

        ConnectionStart(NamedElement source) {
            super("Connect");
            this.source = source;
        }
    }
}
