package org.neurocircuit.ui.runs;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.statushandlers.StatusManager;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.RunsChanged;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.StoredRun;
import org.neurocircuit.ui.link.WorkbenchLinks;

/** Deletes the selected runs' folders after confirmation, and announces each deletion. */
final class DeleteRunsAction extends Action {

    private final RunsView view;

    DeleteRunsAction(RunsView view) {
        super("Delete");
        setToolTipText("Delete the selected runs and their data");
        this.view = view;
    }

    @Override
    public void run() {
        List<StoredRun> runs = view.selectedRuns();
        if (runs.isEmpty() || !MessageDialog.openConfirm(view.getSite().getShell(), "Delete runs",
                "Delete " + (runs.size() == 1 ? "run " + runs.get(0).name() : runs.size() + " runs")
                        + " and all recorded data? This cannot be undone.\n\n"
                        + runs.stream().map(r -> r.folder().toString()).collect(Collectors.joining("\n")))) {
            return;
        }
        delete(runs);
    }

    /** Deletes without asking (after confirmation, or from a test). */
    void delete(List<StoredRun> runs) {
        for (StoredRun r : runs) {
            try {
                new ResultsStore(r.folder().getParent()).delete(r.folder());
                WorkbenchLinks.bus().publish(LinkTopics.RUNS_CHANGED,
                        new RunsChanged(r.folder(), RunsChanged.Change.DELETED), view);
            } catch (IOException e) {
                StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.neurocircuit.ui",
                        "Cannot delete run " + r.name() + ": " + e.getMessage(), e),
                        StatusManager.SHOW | StatusManager.LOG);
            }
        }
        RunsFolderRefresh.refresh(runs);
        view.rescan();
    }
}
