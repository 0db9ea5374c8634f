package org.neurocircuit.app.about;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** Help > About NeuroCircuit Workbench. */
public final class AboutAction extends Action {

    public static final String ID = "org.neurocircuit.app.about";

    private final IWorkbenchWindow window;

    public AboutAction(IWorkbenchWindow window) {
        super("&About NeuroCircuit Workbench");
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        new AboutDialog(window.getShell()).open();
    }
}
