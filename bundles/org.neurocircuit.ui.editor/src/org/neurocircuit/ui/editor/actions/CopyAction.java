package org.neurocircuit.ui.editor.actions;

import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.edit.commands.CircuitClipboard;

/** Copies the selected elements, with the projections between them, to GEF's clipboard. */
public class CopyAction extends SelectionAction {

    public CopyAction(IWorkbenchPart part) {
        super(part);
        setId(ActionFactory.COPY.getId());
        setText("&Copy");
        setActionDefinitionId("org.eclipse.ui.edit.copy");
    }

    @Override
    protected boolean calculateEnabled() {
        return !snapshot().isEmpty();
    }

    @Override
    public void run() {
        Clipboard.getDefault().setContents(snapshot());
    }

    protected CircuitClipboard snapshot() {
        Circuit circuit = getWorkbenchPart().getAdapter(Circuit.class);
        return CircuitClipboard.copy(circuit, EditPartModels.of(getSelectedObjects()));
    }
}
