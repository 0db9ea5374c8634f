package org.neurocircuit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;

/** The workbench window as a user meets it: title, menus, and the Circuit Modeling perspective. */
class WorkbenchWindowTest {

    private static final String RESOURCE_PERSPECTIVE = "org.eclipse.ui.resourcePerspective";

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    @AfterEach
    void backToCircuitModeling() throws Exception {
        PlatformUI.getWorkbench().showPerspective(CircuitModelingPerspective.ID, window);
    }

    @Test
    void windowOpensOnTheCircuitModelingPerspectiveWithTheProductTitle() {
        assertNotNull(window, "no workbench window is open");
        Shell shell = window.getShell();
        assertTrue(shell.isVisible());
        assertTrue(shell.getText().startsWith(NeuroCircuitWindowAdvisor.PRODUCT_NAME), shell.getText());
        assertEquals(CircuitModelingPerspective.ID,
                PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
    }

    @Test
    void switchingToCircuitModelingShowsItsViews() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(RESOURCE_PERSPECTIVE, window);
        assertEquals(RESOURCE_PERSPECTIVE, page.getPerspective().getId());

        page = PlatformUI.getWorkbench().showPerspective(CircuitModelingPerspective.ID, window);
        page.resetPerspective();
        flushEvents();

        assertEquals(CircuitModelingPerspective.ID, page.getPerspective().getId());
        assertEquals("Circuit Modeling", page.getPerspective().getLabel());
        List<String> shown = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
        for (String viewId : CircuitModelingPerspective.VIEWS) {
            assertTrue(shown.contains(viewId), viewId + " missing from " + shown);
        }
        // The views on top of their stacks are really created, not just placeholders.
        for (String viewId : List.of(CircuitModelingPerspective.PROJECT_EXPLORER, org.eclipse.ui.IPageLayout.ID_OUTLINE,
                org.eclipse.ui.IPageLayout.ID_PROP_SHEET)) {
            assertNotNull(page.findView(viewId), viewId + " was not created");
        }
        assertTrue(page.isEditorAreaVisible());
    }

    @Test
    void menuBarHasFileEditNavigateWindowHelpInOrder() {
        Menu bar = window.getShell().getMenuBar();
        List<String> titles = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        List<String> expected = List.of("File", "Edit", "Navigate", "Window", "Help");
        assertEquals(expected, titles.stream().filter(expected::contains).toList(), "menu bar " + titles);
    }

    static void flushEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI work so views are laid out
        }
    }
}
