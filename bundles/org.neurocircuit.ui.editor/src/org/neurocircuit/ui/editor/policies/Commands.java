package org.neurocircuit.ui.editor.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.neurocircuit.model.edit.commands.CircuitCommand;
import org.neurocircuit.ui.editor.commands.EmfGefCommand;
import org.neurocircuit.ui.editor.parts.EditorContext;

/** Wraps domain commands for GEF; a refused one reports why, so the user sees the reason during a drag. */
final class Commands {

    private Commands() {
    }

    static Command wrap(EditPart host, CircuitCommand command) {
        if (!command.canExecute() && command.problem() != null) {
            EditorContext.report(host, command.problem());
        }
        return new EmfGefCommand(command);
    }
}
