package org.neurocircuit.ui.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.results.StoredRun;
import org.neurocircuit.ui.link.WorkbenchLinks;

/**
 * Every run of the open projects with its provenance, newest first. Rescans when a run starts,
 * ends or is deleted (the link bus) and when the workspace changes, so runs written before a
 * restart or outside the workbench are listed too. Selecting or double-clicking a run makes it
 * the selected run of every linked view.
 */
public final class RunsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.neurocircuit.ui.runs";

    private TableViewer viewer;
    private DeleteRunsAction delete;
    private IResourceChangeListener workspaceListener;
    private boolean rescanPending;
    private boolean echo;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (RunColumns.Column c : RunColumns.ALL) {
            TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
            col.getColumn().setText(c.header());
            col.getColumn().setWidth(c.width());
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply((StoredRun) element);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> publishSelection());
        viewer.addDoubleClickListener(e -> publishSelection());
        getSite().setSelectionProvider(viewer);

        delete = new DeleteRunsAction(this);
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        viewer.addSelectionChangedListener(e -> delete.setEnabled(!selectedRuns().isEmpty()));
        delete.setEnabled(false);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                rescan();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(delete);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        MenuManager menu = new MenuManager();
        menu.add(delete);
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));

        WorkbenchLinks.onDisplay(viewer.getTable(), this::linked, LinkTopics.RUNS_CHANGED, LinkTopics.SELECTED_RUN);
        workspaceListener = e -> scheduleRescan();
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
        rescan();
    }

    private void linked(LinkEvent e) {
        if (LinkTopics.RUNS_CHANGED.equals(e.topic())) {
            rescan();
        }
        if (e.source() != this) {
            // RUNS_CHANGED may have just added the selected run: select it after the rescan.
            WorkbenchLinks.bus().current(LinkTopics.SELECTED_RUN, RunSelection.class).ifPresent(s -> reveal(s.folder()));
        }
    }

    /** Rereads every run from disk and keeps the selection. */
    public void rescan() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        IStructuredSelection kept = viewer.getStructuredSelection();
        List<StoredRun> runs = RunScan.runs(ResourcesPlugin.getWorkspace().getRoot());
        echo = true;
        try {
            viewer.setInput(runs);
            List<?> again = runs.stream().filter(r -> kept.toList().stream()
                    .anyMatch(k -> ((StoredRun) k).folder().equals(r.folder()))).toList();
            viewer.setSelection(new StructuredSelection(again));
        } finally {
            echo = false;
        }
    }

    /** The runs listed, newest first. */
    public List<StoredRun> runs() {
        Object input = viewer.getInput();
        return input == null ? List.of() : ((List<?>) input).stream().map(StoredRun.class::cast).toList();
    }

    /** Selects the run in {@code folder} (without publishing it again). */
    public void reveal(Path folder) {
        runs().stream().filter(r -> r.folder().equals(folder)).findFirst().ifPresent(r -> {
            if (Objects.equals(selectedRuns(), List.of(r))) {
                return;
            }
            echo = true;
            try {
                viewer.setSelection(new StructuredSelection(r), true);
            } finally {
                echo = false;
            }
        });
    }

    /** Selects the given runs as a user would (publishing the first). */
    public void select(List<StoredRun> runs) {
        viewer.setSelection(new StructuredSelection(runs), true);
    }

    TableViewer viewer() {
        return viewer;
    }

    DeleteRunsAction deleteAction() {
        return delete;
    }

    List<StoredRun> selectedRuns() {
        return viewer.getStructuredSelection().toList().stream().map(StoredRun.class::cast).toList();
    }

    private void publishSelection() {
        List<StoredRun> selected = selectedRuns();
        if (!echo && !selected.isEmpty() && selected.get(0).isReadable()) {
            WorkbenchLinks.bus().publish(LinkTopics.SELECTED_RUN, new RunSelection(selected.get(0).folder()), this);
        }
    }

    /** Coalesces bursts of workspace changes into one rescan on the display thread. */
    private void scheduleRescan() {
        Display display = viewer.getTable().getDisplay();
        synchronized (this) {
            if (rescanPending || display.isDisposed()) {
                return;
            }
            rescanPending = true;
        }
        display.asyncExec(() -> display.timerExec(200, () -> {
            synchronized (this) {
                rescanPending = false;
            }
            rescan();
        }));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        super.dispose();
    }
}
