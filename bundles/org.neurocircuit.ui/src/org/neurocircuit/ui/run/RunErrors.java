package org.neurocircuit.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

/** Tells the user why a run did not happen or failed: an error dialog, and the Error Log. */
final class RunErrors {

    private RunErrors() {
    }

    /** Shows and logs a refusal or failure of the run of {@code circuit}. */
    static void show(IFile circuit, String message, Throwable cause) {
        IStatus status = new Status(IStatus.ERROR, RunLaunchAttributes.PLUGIN_ID,
                "Cannot run " + circuit.getFullPath() + ":\n" + message, cause);
        StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
    }
}
