package org.neurocircuit.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.internal.ide.application.IDEWorkbenchAdvisor;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;

/**
 * The IDE workbench advisor (workspace save and refresh, resource adapters, the images of the
 * Project Explorer and the Problems view) with NeuroCircuit's own window, menus and perspective.
 * We reuse the platform's advisor instead of copying its workspace handling; it is the one class
 * the IDE application exports for this purpose.
 */
@SuppressWarnings("restriction")
public final class NeuroCircuitWorkbenchAdvisor extends IDEWorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return CircuitModelingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NeuroCircuitWindowAdvisor(configurer);
    }
}
