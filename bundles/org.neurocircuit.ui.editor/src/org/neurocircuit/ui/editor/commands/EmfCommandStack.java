package org.neurocircuit.ui.editor.commands;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.neurocircuit.model.edit.commands.CircuitCommand;

/**
 * GEF's view of the editing domain's EMF command stack: GEF tools and actions execute here, the
 * Properties view executes on the EMF stack directly, and both see one undo history and one dirty
 * state. A refused {@link CircuitCommand} reports its problem to {@code refusals} instead of running.
 */
public final class EmfCommandStack extends CommandStack {

    private final BasicCommandStack emf;
    private final Consumer<String> refusals;
    private final CommandStackListener forward = event -> notifyListeners();

    public EmfCommandStack(BasicCommandStack emf, Consumer<String> refusals) {
        this.emf = emf;
        this.refusals = refusals;
        emf.addCommandStackListener(forward);
    }

    /** The EMF stack behind this one. */
    public BasicCommandStack emf() {
        return emf;
    }

    @Override
    public void execute(Command command) {
        if (command == null) {
            return;
        }
        org.eclipse.emf.common.command.Command emfCommand = EmfGefCommand.toEmf(command);
        if (!emfCommand.canExecute()) {
            if (emfCommand instanceof CircuitCommand circuitCommand && circuitCommand.problem() != null) {
                refusals.accept(circuitCommand.problem());
            }
            return;
        }
        refusals.accept(null);
        emf.execute(emfCommand);
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public Command getUndoCommand() {
        return emf.getUndoCommand() == null ? null : new EmfGefCommand(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return emf.getRedoCommand() == null ? null : new EmfGefCommand(emf.getRedoCommand());
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        emf.saveIsDone();
        notifyListeners();
    }

    @Override
    public void flush() {
        emf.flush();
    }

    @Override
    public void dispose() {
        emf.removeCommandStackListener(forward);
    }
}
