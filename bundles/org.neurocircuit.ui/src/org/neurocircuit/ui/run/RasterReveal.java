package org.neurocircuit.ui.run;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;

/**
 * Brings the Spike Raster to the front of its folder when a run ends, so the user sees the run
 * without looking for it; it neither opens a closed raster nor takes focus from the editor.
 */
final class RasterReveal {

    private static final String RASTER = CircuitModelingPerspective.RESULT_VIEWS.get(0);

    private RasterReveal() {
    }

    static void afterRun() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null || page.findViewReference(RASTER) == null) {
                return;
            }
            try {
                page.showView(RASTER, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                ILog.of(RasterReveal.class).warn("could not show the Spike Raster after a run", e);
            }
        });
    }
}
