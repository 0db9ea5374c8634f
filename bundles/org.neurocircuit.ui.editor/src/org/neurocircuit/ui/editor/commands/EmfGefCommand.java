package org.neurocircuit.ui.editor.commands;

import org.eclipse.gef.commands.Command;

/** A GEF command that stands for an EMF command; {@link EmfCommandStack} runs the EMF command itself. */
public final class EmfGefCommand extends Command {

    private final org.eclipse.emf.common.command.Command emf;

    public EmfGefCommand(org.eclipse.emf.common.command.Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    /** The EMF command this one stands for. */
    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    /** The EMF command to run for {@code command}: the wrapped one, or an EMF wrapper of a GEF command. */
    public static org.eclipse.emf.common.command.Command toEmf(Command command) {
        return command instanceof EmfGefCommand wrapper ? wrapper.emf : new GefEmfCommand(command);
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void execute() {
        emf.execute();
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
    public void dispose() {
        emf.dispose();
    }
}
