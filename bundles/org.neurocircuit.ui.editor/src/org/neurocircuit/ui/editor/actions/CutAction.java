package org.neurocircuit.ui.editor.actions;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.edit.commands.CircuitClipboard;
import org.neurocircuit.model.edit.commands.DeleteCommand;
import org.neurocircuit.ui.editor.commands.EmfGefCommand;

/** Copies the selection, then deletes it (one undoable step); pasting brings it back. */
public class CutAction extends CopyAction {

    public CutAction(IWorkbenchPart part) {
        super(part);
        setId(ActionFactory.CUT.getId());
        setText("Cu&t");
        setActionDefinitionId("org.eclipse.ui.edit.cut");
    }

    @Override
    public void run() {
        CircuitClipboard snapshot = snapshot();
        Circuit circuit = getWorkbenchPart().getAdapter(Circuit.class);
        EditingDomain domain = getWorkbenchPart().getAdapter(EditingDomain.class);
        DeleteCommand delete = new DeleteCommand(domain, circuit, EditPartModels.of(getSelectedObjects()));
        delete.setLabel("Cut");
        Clipboard.getDefault().setContents(snapshot);
        execute(new EmfGefCommand(delete));
    }
}
