package org.neurocircuit.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The Run command: runs the circuit of the active circuit editor (or the selected
 * {@code .circuit} file) with its launch configuration's last settings, creating that
 * configuration with the circuit's own settings the first time. A dirty editor is saved first,
 * after asking.
 */
public final class RunCircuitHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.neurocircuit.ui.run.circuit";

    /** The circuit editor's id (see the editor bundle). */
    public static final String CIRCUIT_EDITOR_ID = "org.neurocircuit.ui.editor.circuit";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IFile file = null;
        if (HandlerUtil.getActivePart(event) == editor && editor != null) {
            file = CircuitLaunchShortcut.circuitFile(editor.getEditorInput());
        }
        if (file == null) {
            file = selectedCircuit(HandlerUtil.getCurrentSelection(event));
        }
        if (file == null && editor != null) {
            file = CircuitLaunchShortcut.circuitFile(editor.getEditorInput());
        }
        if (file == null) {
            return null;
        }
        if (editor != null && editor.isDirty() && file.equals(CircuitLaunchShortcut.circuitFile(editor.getEditorInput()))) {
            boolean save = MessageDialog.openQuestion(editor.getSite().getShell(), "Run circuit",
                    "'" + file.getName() + "' has unsaved changes. Save them and run the saved circuit?");
            if (!save) {
                return null;
            }
            editor.doSave(new NullProgressMonitor());
            if (editor.isDirty()) {
                return null;
            }
        }
        try {
            DebugUITools.launch(CircuitLaunchConfigurations.findOrCreate(file), ILaunchManager.RUN_MODE);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
        return null;
    }

    private static IFile selectedCircuit(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            return CircuitLaunchShortcut.circuitFile(s.getFirstElement());
        }
        return null;
    }
}
