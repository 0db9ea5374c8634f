package org.neurocircuit.ui.editor.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ContainerEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.neurocircuit.model.edit.commands.CircuitClipboard;
import org.neurocircuit.model.edit.commands.PasteCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;

/**
 * The circuit or a region as a container of pasted elements: answers {@link #REQ_PASTE} with a
 * paste into the host. (Creation needs the drop point and is the layout policy's.)
 */
public class CircuitContainerPolicy extends ContainerEditPolicy {

    /** Request type of Paste; extended data {@link #CLIPBOARD} holds the {@link CircuitClipboard}. */
    public static final String REQ_PASTE = "org.neurocircuit.paste";
    public static final String CLIPBOARD = "clipboard";
    /** Pasted copies are shifted by this much, so that they do not hide the originals. */
    public static final int OFFSET = 30;

    @Override
    public Command getCommand(Request request) {
        if (REQ_PASTE.equals(request.getType())
                && request.getExtendedData().get(CLIPBOARD) instanceof CircuitClipboard clipboard) {
            return Commands.wrap(getHost(), new PasteCommand(EditorContext.domain(getHost()),
                    EditorContext.circuit(getHost()), (EObject) getHost().getModel(), clipboard, OFFSET, OFFSET));
        }
        return super.getCommand(request);
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        return null;
    }
}
