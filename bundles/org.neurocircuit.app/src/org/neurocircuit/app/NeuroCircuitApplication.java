package org.neurocircuit.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the workbench on a workspace. The launcher passes {@code -data}; without it the workspace
 * is {@code ~/neurocircuit-workspace}. A workspace held by another running workbench is refused
 * with a message that says which folder and what to do, instead of a crash.
 */
public final class NeuroCircuitApplication implements IApplication {

    static final String DEFAULT_WORKSPACE = "neurocircuit-workspace";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            String problem = claimWorkspace(Platform.getInstanceLocation());
            if (problem != null) {
                context.applicationRunning();
                MessageDialog.openError(null, "NeuroCircuit Workbench", problem);
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new NeuroCircuitWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
            Location instance = Platform.getInstanceLocation();
            if (instance != null && instance.isLocked()) {
                instance.release();
            }
        }
    }

    /** Sets a default workspace when none was given and locks it; returns a message when that fails. */
    static String claimWorkspace(Location instance) throws IOException {
        if (instance == null) {
            return "The workbench was started with '-data @none' and has no workspace. Start it with -data <folder>.";
        }
        if (!instance.isSet()) {
            Path folder = Path.of(System.getProperty("user.home"), DEFAULT_WORKSPACE);
            URL url = folder.toUri().toURL();
            if (!instance.set(url, false)) {
                return "Cannot use the workspace " + folder + ". Start the workbench with -data <another folder>.";
            }
        }
        // isLocked() is also true when another process holds the lock, so only lock() tells us we own it.
        if (!instance.lock()) {
            return "The workspace " + instance.getURL().getFile() + " is in use by another NeuroCircuit Workbench."
                    + " Close that workbench, or start this one with -data <another folder>.";
        }
        return null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
