package org.neurocircuit.ui.editor.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.edit.commands.RenameCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;

/** Renaming in place (F2 or double click): the typed name becomes a {@link RenameCommand}. */
public class NameDirectEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        if (!(value instanceof String name) || !(getHost().getModel() instanceof NamedElement element)
                || name.strip().equals(element.getName())) {
            return null;
        }
        return Commands.wrap(getHost(), new RenameCommand(EditorContext.domain(getHost()), element, name.strip()));
    }

    /** The figure shows the new name once the command has run; nothing to preview while typing. */
    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // The text box itself shows what is typed.
    }
}
