package org.neurocircuit.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Run As &gt; Circuit Simulation, on a selected {@code .circuit} file or in the circuit editor:
 * runs the circuit's launch configuration (created with the circuit's settings the first time),
 * so the run joins the Run history and can be relaunched.
 */
public final class CircuitLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            launch(circuitFile(s.getFirstElement()), mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(circuitFile(editor.getEditorInput()), mode);
    }

    /** The {@code .circuit} file an object stands for, or {@code null}. */
    static IFile circuitFile(Object o) {
        IFile f = Adapters.adapt(o, IFile.class);
        return f != null && "circuit".equals(f.getFileExtension()) ? f : null;
    }

    private static void launch(IFile file, String mode) {
        if (file == null) {
            return;
        }
        try {
            DebugUITools.launch(CircuitLaunchConfigurations.findOrCreate(file), mode);
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }
}
