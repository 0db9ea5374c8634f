package org.neurocircuit.ui.editor.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.neurocircuit.model.edit.commands.DeleteCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;

/**
 * Deletes what is selected. GEF asks every selected part; the first one answers for the whole
 * selection with one {@link DeleteCommand}, so that overlapping cascades (two populations sharing a
 * projection) are computed once and undone as one step.
 */
public class ElementComponentPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        List<?> parts = request.getEditParts();
        if (parts != null && !parts.isEmpty() && parts.get(0) != getHost()) {
            return null;
        }
        List<Object> models = new ArrayList<>();
        if (parts == null || parts.isEmpty()) {
            models.add(getHost().getModel());
        } else {
            parts.forEach(part -> models.add(((EditPart) part).getModel()));
        }
        return Commands.wrap(getHost(), new DeleteCommand(EditorContext.domain(getHost()),
                EditorContext.circuit(getHost()), models));
    }
}
