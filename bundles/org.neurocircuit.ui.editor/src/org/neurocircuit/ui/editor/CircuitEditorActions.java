package org.neurocircuit.ui.editor;

import java.util.List;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.AlignmentAction;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.ui.actions.ActionFactory;
import org.neurocircuit.ui.editor.actions.CopyAction;
import org.neurocircuit.ui.editor.actions.CutAction;
import org.neurocircuit.ui.editor.actions.PasteAction;
import org.neurocircuit.ui.editor.actions.ValidateAction;
import org.neurocircuit.ui.editor.actions.ViewerToggleAction;
import org.neurocircuit.ui.editor.actions.ZoomToFitAction;

/** Registers the editor's actions and its keyboard handling (GEF's usual set plus ours). */
final class CircuitEditorActions {

    /** The alignments offered, as GEF's PositionConstants. */
    static final int[] ALIGNMENTS = { PositionConstants.LEFT, PositionConstants.CENTER, PositionConstants.RIGHT,
            PositionConstants.TOP, PositionConstants.MIDDLE, PositionConstants.BOTTOM };

    private CircuitEditorActions() {
    }

    /** Actions that need only the editor: clipboard, direct edit, alignment, validation. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    static void create(CircuitEditor editor, ActionRegistry registry, List selectionActions) {
        register(registry, selectionActions, new CopyAction(editor));
        register(registry, selectionActions, new CutAction(editor));
        register(registry, selectionActions, new PasteAction(editor));
        register(registry, selectionActions, new DirectEditAction((org.eclipse.ui.IWorkbenchPart) editor));
        for (int alignment : ALIGNMENTS) {
            register(registry, selectionActions, new AlignmentAction((org.eclipse.ui.IWorkbenchPart) editor, alignment));
        }
        registry.registerAction(new ValidateAction(editor));
    }

    /** Actions and keys that need the viewer: zoom, grid, keyboard navigation. */
    static void configure(CircuitEditor editor, GraphicalViewer viewer, ZoomManager zoom, ActionRegistry registry,
            List<?> selectionActions) {
        zoom.setZoomLevels(new double[] { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0 });
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        IAction zoomIn = new ZoomInAction(zoom);
        IAction zoomOut = new ZoomOutAction(zoom);
        registry.registerAction(zoomIn);
        registry.registerAction(zoomOut);
        registry.registerAction(new ZoomToFitAction(zoom));
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new Dimension(10, 10));
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.FALSE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.FALSE);
        registry.registerAction(ViewerToggleAction.showGrid(viewer));
        registry.registerAction(ViewerToggleAction.snapToGrid(viewer));

        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed('=', '=', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('+', '+', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('-', '-', SWT.MOD1), zoomOut);
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void register(ActionRegistry registry, List selectionActions, IAction action) {
        registry.registerAction(action);
        selectionActions.add(action.getId());
    }
}
