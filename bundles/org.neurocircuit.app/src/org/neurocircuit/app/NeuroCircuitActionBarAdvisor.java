package org.neurocircuit.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.ide.IDEActionFactory;
import org.neurocircuit.app.about.AboutAction;

/**
 * Menus and tool bar: File, Edit, Window, Help with the standard workbench actions, and the
 * additions groups where editors and later bundles contribute (Run, Circuit, views).
 */
final class NeuroCircuitActionBarAdvisor extends ActionBarAdvisor {

    NeuroCircuitActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.SAVE,
                ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL,
                ActionFactory.REFRESH, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.PROPERTIES,
                ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY,
                ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND,
                ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE, ActionFactory.SAVE_PERSPECTIVE,
                ActionFactory.EDIT_ACTION_SETS }) {
            register(factory.create(window));
        }
        register(IDEActionFactory.OPEN_WORKSPACE.create(window));
        register(new AboutAction(window));
    }

    private IAction action(ActionFactory factory) {
        return getAction(factory.getId());
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(navigateMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        menu.add(newMenu);
        menu.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
        menu.add(action(ActionFactory.CLOSE));
        menu.add(action(ActionFactory.CLOSE_ALL));
        menu.add(new Separator());
        menu.add(action(ActionFactory.SAVE));
        menu.add(action(ActionFactory.SAVE_AS));
        menu.add(action(ActionFactory.SAVE_ALL));
        menu.add(new Separator());
        menu.add(action(ActionFactory.REFRESH));
        menu.add(new Separator());
        menu.add(action(ActionFactory.IMPORT));
        menu.add(action(ActionFactory.EXPORT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(action(ActionFactory.PROPERTIES));
        menu.add(getAction(IDEActionFactory.OPEN_WORKSPACE.getId()));
        menu.add(new Separator());
        menu.add(ContributionItemFactory.REOPEN_EDITORS.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        menu.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        menu.add(new Separator());
        menu.add(action(ActionFactory.QUIT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(action(ActionFactory.UNDO));
        menu.add(action(ActionFactory.REDO));
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.CUT));
        menu.add(action(ActionFactory.COPY));
        menu.add(action(ActionFactory.PASTE));
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(action(ActionFactory.DELETE));
        menu.add(action(ActionFactory.SELECT_ALL));
        menu.add(new Separator());
        menu.add(action(ActionFactory.FIND));
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    /** Navigation; text editors and the Project Explorer contribute here ("navigate" path). */
    private MenuManager navigateMenu() {
        MenuManager menu = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
        menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.SHOW_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
        return menu;
    }

    private MenuManager windowMenu() {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager("&Open Perspective", "openPerspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        menu.add(perspectives);
        MenuManager views = new MenuManager("Show &View", "showView");
        views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        menu.add(views);
        menu.add(new Separator());
        menu.add(action(ActionFactory.EDIT_ACTION_SETS));
        menu.add(action(ActionFactory.SAVE_PERSPECTIVE));
        menu.add(action(ActionFactory.RESET_PERSPECTIVE));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(action(ActionFactory.PREFERENCES));
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        menu.add(getAction(AboutAction.ID));
        return menu;
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        ToolBarManager file = new ToolBarManager(coolBar.getStyle());
        file.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
        file.add(action(ActionFactory.SAVE));
        file.add(action(ActionFactory.SAVE_ALL));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
