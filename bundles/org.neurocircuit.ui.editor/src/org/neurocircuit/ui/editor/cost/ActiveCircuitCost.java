package org.neurocircuit.ui.editor.cost;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.neurocircuit.engine.cost.CostReport;
import org.neurocircuit.model.Circuit;

/**
 * Follows the active circuit editor of one workbench window and keeps a {@link CostTracker} on
 * its circuit. The listener gets the editor's title and report, or {@code null, null} when no
 * circuit editor is active any more.
 */
public final class ActiveCircuitCost {

    /** The id of the circuit editor (the editor contract). */
    public static final String EDITOR_ID = "org.neurocircuit.ui.editor.circuit";

    /** Receives the cost of the active circuit editor. */
    public interface Listener {
        /** @param editorTitle the editor's title, or null when none is active; @param report its cost, or null while counting or none */
        void costChanged(String editorTitle, CostReport report);
    }

    private final IWorkbenchWindow window;
    private final Listener listener;
    private final PartListener parts = new PartListener();
    private IEditorPart editor;
    private CostTracker tracker;

    /** Starts following the window's active page; call from the display thread. */
    public ActiveCircuitCost(IWorkbenchWindow window, Listener listener) {
        this.window = window;
        this.listener = listener;
        // the part service follows whichever page becomes active, even one opened later
        window.getPartService().addPartListener(parts);
        follow(activeEditor());
    }

    private IEditorPart activeEditor() {
        IWorkbenchPage page = window.getActivePage();
        return page == null ? null : page.getActiveEditor();
    }

    /** Stops following and tracking. */
    public void dispose() {
        window.getPartService().removePartListener(parts);
        stopTracking();
    }

    private void follow(IEditorPart candidate) {
        Circuit circuit = candidate != null && EDITOR_ID.equals(candidate.getSite().getId())
                ? candidate.getAdapter(Circuit.class) : null;
        if (circuit == null) {
            stopTracking();
            editor = null;
            listener.costChanged(null, null);
            return;
        }
        if (tracker != null && tracker.circuit() == circuit) {
            return;
        }
        stopTracking();
        editor = candidate;
        String title = candidate.getTitle();
        listener.costChanged(title, null);
        Consumer<CostReport> deliver = report -> listener.costChanged(title, report);
        tracker = new CostTracker(circuit, window.getShell().getDisplay(), deliver);
    }

    private void stopTracking() {
        if (tracker != null) {
            tracker.dispose();
            tracker = null;
        }
    }

    private final class PartListener implements IPartListener2 {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart e) {
                follow(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                stopTracking();
                editor = null;
                follow(activeEditor());
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            partActivated(ref);
        }
    }
}
