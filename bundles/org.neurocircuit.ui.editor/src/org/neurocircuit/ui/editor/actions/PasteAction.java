package org.neurocircuit.ui.editor.actions;

import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.neurocircuit.model.edit.commands.CircuitClipboard;
import org.neurocircuit.ui.editor.parts.RegionEditPart;
import org.neurocircuit.ui.editor.policies.CircuitContainerPolicy;

/** Pastes the clipboard into the selected region, or into the circuit when no single region is selected. */
public class PasteAction extends SelectionAction {

    public PasteAction(IWorkbenchPart part) {
        super(part);
        setId(ActionFactory.PASTE.getId());
        setText("&Paste");
        setActionDefinitionId("org.eclipse.ui.edit.paste");
    }

    @Override
    protected boolean calculateEnabled() {
        return Clipboard.getDefault().getContents() instanceof CircuitClipboard clipboard && !clipboard.isEmpty();
    }

    @Override
    public void run() {
        Command command = createCommand();
        if (command != null) {
            execute(command);
        }
    }

    /** The paste command for the current selection, or null when there is nothing to paste. */
    public Command createCommand() {
        if (!(Clipboard.getDefault().getContents() instanceof CircuitClipboard clipboard)) {
            return null;
        }
        Request request = new Request(CircuitContainerPolicy.REQ_PASTE);
        request.getExtendedData().put(CircuitContainerPolicy.CLIPBOARD, clipboard);
        return target().getCommand(request);
    }

    private EditPart target() {
        List<?> selection = getSelectedObjects();
        if (selection.size() == 1 && selection.get(0) instanceof RegionEditPart region) {
            return region;
        }
        return getWorkbenchPart().getAdapter(GraphicalViewer.class).getContents();
    }

    /** Re-checks the clipboard whenever the selection changes (it may have been filled meanwhile). */
    @Override
    protected void handleSelectionChanged() {
        refresh();
    }
}
