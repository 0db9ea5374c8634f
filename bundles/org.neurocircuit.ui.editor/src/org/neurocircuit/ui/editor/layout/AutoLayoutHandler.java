package org.neurocircuit.ui.editor.layout;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.neurocircuit.model.Circuit;

/**
 * "Auto Layout" of the active circuit editor: lays the diagram out and executes the result as
 * one command on the editor's editing domain, so Edit &gt; Undo restores the old drawing.
 */
public final class AutoLayoutHandler extends AbstractHandler {

    /** The command's id (plugin.xml). */
    public static final String COMMAND_ID = "org.neurocircuit.ui.editor.autoLayout";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
        Circuit circuit = editor.getAdapter(Circuit.class);
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        if (circuit == null || domain == null) {
            throw new ExecutionException("Auto Layout needs an open circuit editor; '" + editor.getTitle()
                    + "' is not one.");
        }
        if (circuit.getDiagram() == null) {
            MessageDialog.openInformation(editor.getSite().getShell(), ApplyLayoutCommand.LABEL,
                    "Circuit '" + circuit.getName() + "' has no diagram yet; add a population first.");
            return null;
        }
        Supplier<DiagramLayouter.Outcome> plan = DiagramLayouter.plan(circuit);
        AtomicReference<DiagramLayouter.Outcome> result = new AtomicReference<>();
        try {
            // off the UI thread, with a progress dialog if it takes long (large circuits)
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                monitor.beginTask("Laying out circuit '" + circuit.getName() + "'", IProgressMonitor.UNKNOWN);
                result.set(plan.get());
                monitor.done();
            });
        } catch (InvocationTargetException | InterruptedException e) {
            throw new ExecutionException("Auto Layout of circuit '" + circuit.getName() + "' failed: " + e.getMessage(),
                    e);
        }
        DiagramLayouter.Outcome outcome = result.get();
        Command command = ApplyLayoutCommand.create(domain, circuit.getDiagram(), outcome.bounds());
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
        if (outcome.elkProblem() != null) {
            ILog.of(getClass()).log(Status.warning(outcome.elkProblem()));
            MessageDialog.openWarning(editor.getSite().getShell(), ApplyLayoutCommand.LABEL, outcome.elkProblem());
        }
        return null;
    }
}
