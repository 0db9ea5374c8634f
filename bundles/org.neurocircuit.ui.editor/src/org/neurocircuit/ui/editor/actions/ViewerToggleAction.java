package org.neurocircuit.ui.editor.actions;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.jface.action.Action;

/** A check-box action bound to a boolean viewer property: show the grid, or snap to it. */
public class ViewerToggleAction extends Action {

    public static final String SHOW_GRID = "org.neurocircuit.ui.editor.showGrid";
    public static final String SNAP_TO_GRID = "org.neurocircuit.ui.editor.snapToGrid";

    private final EditPartViewer viewer;
    private final String property;

    private ViewerToggleAction(EditPartViewer viewer, String id, String label, String property) {
        super(label, AS_CHECK_BOX);
        this.viewer = viewer;
        this.property = property;
        setId(id);
        setChecked(Boolean.TRUE.equals(viewer.getProperty(property)));
    }

    public static ViewerToggleAction showGrid(EditPartViewer viewer) {
        return new ViewerToggleAction(viewer, SHOW_GRID, "Show &Grid", SnapToGrid.PROPERTY_GRID_VISIBLE);
    }

    public static ViewerToggleAction snapToGrid(EditPartViewer viewer) {
        return new ViewerToggleAction(viewer, SNAP_TO_GRID, "&Snap to Grid", SnapToGrid.PROPERTY_GRID_ENABLED);
    }

    @Override
    public void run() {
        viewer.setProperty(property, isChecked());
    }
}
