package org.neurocircuit.ui.editor;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.AlignmentRetargetAction;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;
import org.neurocircuit.ui.editor.actions.ValidateAction;
import org.neurocircuit.ui.editor.actions.ViewerToggleAction;
import org.neurocircuit.ui.editor.actions.ZoomToFitAction;

/**
 * The editor's menu and toolbar: the workbench's Edit actions (undo, redo, cut, copy, paste, delete,
 * select all) retargeted to the active circuit editor, and a Diagram menu and toolbar with validation,
 * zoom, grid and alignment.
 */
public class CircuitEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        for (int alignment : CircuitEditorActions.ALIGNMENTS) {
            addRetargetAction(new AlignmentRetargetAction(alignment));
        }
        addRetargetAction(new RetargetAction(ValidateAction.ID, "&Validate"));
        addRetargetAction(new RetargetAction(ZoomToFitAction.ID, "Zoom to &Fit"));
        addRetargetAction(new RetargetAction(ViewerToggleAction.SHOW_GRID, "Show &Grid",
                org.eclipse.jface.action.IAction.AS_CHECK_BOX));
        addRetargetAction(new RetargetAction(ViewerToggleAction.SNAP_TO_GRID, "&Snap to Grid",
                org.eclipse.jface.action.IAction.AS_CHECK_BOX));
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.CUT.getId());
        addGlobalActionKey(ActionFactory.COPY.getId());
        addGlobalActionKey(ActionFactory.PASTE.getId());
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
        addGlobalActionKey(ActionFactory.SAVE.getId());
        addGlobalActionKey(GEFActionConstants.DIRECT_EDIT);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolbar) {
        toolbar.add(getAction(ActionFactory.UNDO.getId()));
        toolbar.add(getAction(ActionFactory.REDO.getId()));
        toolbar.add(new Separator());
        toolbar.add(getAction(ValidateAction.ID));
        toolbar.add(new Separator());
        toolbar.add(getAction(GEFActionConstants.ZOOM_IN));
        toolbar.add(getAction(GEFActionConstants.ZOOM_OUT));
        toolbar.add(new ZoomComboContributionItem(getPage()));
    }

    @Override
    public void contributeToMenu(IMenuManager menubar) {
        MenuManager diagram = new MenuManager("&Diagram", "org.neurocircuit.ui.editor.diagramMenu");
        diagram.add(getAction(ValidateAction.ID));
        diagram.add(new Separator());
        diagram.add(getAction(GEFActionConstants.ZOOM_IN));
        diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
        diagram.add(getAction(ZoomToFitAction.ID));
        diagram.add(new Separator());
        diagram.add(getAction(ViewerToggleAction.SHOW_GRID));
        diagram.add(getAction(ViewerToggleAction.SNAP_TO_GRID));
        diagram.add(new Separator());
        MenuManager align = new MenuManager("&Align");
        align.add(getAction(GEFActionConstants.ALIGN_LEFT));
        align.add(getAction(GEFActionConstants.ALIGN_CENTER));
        align.add(getAction(GEFActionConstants.ALIGN_RIGHT));
        align.add(new Separator());
        align.add(getAction(GEFActionConstants.ALIGN_TOP));
        align.add(getAction(GEFActionConstants.ALIGN_MIDDLE));
        align.add(getAction(GEFActionConstants.ALIGN_BOTTOM));
        diagram.add(align);
        if (menubar.find(IWorkbenchActionConstants.M_EDIT) != null) {
            menubar.insertAfter(IWorkbenchActionConstants.M_EDIT, diagram);
        } else {
            menubar.add(diagram);
        }
    }
}
