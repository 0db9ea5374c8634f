package org.neurocircuit.ui.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.neurocircuit.ui.editor.actions.ValidateAction;

/** The diagram's right-click menu: edit, rename, align, validate; other bundles add to "additions". */
final class CircuitContextMenu extends ContextMenuProvider {

    /** Id under which the menu is registered, so that other bundles can contribute to it. */
    static final String ID = "org.neurocircuit.ui.editor.contextMenu";

    private final ActionRegistry registry;

    CircuitContextMenu(EditPartViewer viewer, ActionRegistry registry) {
        super(viewer);
        this.registry = registry;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.CUT.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
        MenuManager align = new MenuManager("&Align");
        for (String id : new String[] { GEFActionConstants.ALIGN_LEFT, GEFActionConstants.ALIGN_CENTER,
                GEFActionConstants.ALIGN_RIGHT, GEFActionConstants.ALIGN_TOP, GEFActionConstants.ALIGN_MIDDLE,
                GEFActionConstants.ALIGN_BOTTOM }) {
            IAction action = registry.getAction(id);
            if (action != null && action.isEnabled()) {
                align.add(action);
            }
        }
        if (!align.isEmpty()) {
            menu.appendToGroup(GEFActionConstants.GROUP_REST, align);
        }
        add(menu, GEFActionConstants.GROUP_REST, ValidateAction.ID);
        menu.appendToGroup(GEFActionConstants.GROUP_REST, new org.eclipse.jface.action.Separator(
                IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void add(IMenuManager menu, String group, String id) {
        IAction action = registry.getAction(id);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
