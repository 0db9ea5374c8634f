package org.neurocircuit.ui.runs;

import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.neurocircuit.engine.results.StoredRun;

/** Tells the workspace that run folders changed on disk, so the Project Explorer follows. */
final class RunsFolderRefresh {

    private RunsFolderRefresh() {
    }

    static void refresh(List<StoredRun> runs) {
        for (StoredRun r : runs) {
            for (IContainer c : ResourcesPlugin.getWorkspace().getRoot()
                    .findContainersForLocationURI(r.folder().getParent().toUri())) {
                try {
                    c.refreshLocal(IResource.DEPTH_ONE, null);
                } catch (CoreException e) {
                    Platform.getLog(RunsFolderRefresh.class).log(e.getStatus());
                }
            }
        }
    }
}
