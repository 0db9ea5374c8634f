package org.neurocircuit.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.StoredRun;

/**
 * Finds the runs of the open projects: the results store ({@code runs} folder) beside every
 * circuit file, and every folder named {@code runs}, read from disk so that runs written outside
 * the workbench appear too.
 */
final class RunScan {

    /** Newest first; unreadable runs (no start time) last, by name. */
    static final Comparator<StoredRun> NEWEST_FIRST = Comparator
            .comparing((StoredRun r) -> r.isReadable() ? r.manifest().outcome().started() : java.time.Instant.MIN)
            .reversed().thenComparing(StoredRun::name);

    private RunScan() {
    }

    /** The runs of every open project, newest first. */
    static List<StoredRun> runs(IWorkspaceRoot root) {
        Set<Path> stores = new LinkedHashSet<>();
        for (IProject p : root.getProjects()) {
            if (p.isOpen()) {
                collectStores(p, stores);
            }
        }
        List<StoredRun> runs = new ArrayList<>();
        for (Path store : stores) {
            try {
                runs.addAll(new ResultsStore(store).list());
            } catch (IOException e) {
                // a store that vanished or cannot be listed has no runs to show
            }
        }
        runs.sort(NEWEST_FIRST);
        return runs;
    }

    private static void collectStores(IProject project, Set<Path> stores) {
        try {
            project.accept(r -> {
                if (r instanceof IFile f && "circuit".equals(f.getFileExtension())) {
                    add(f.getParent(), stores);
                } else if (r instanceof IContainer c && ResultsStore.RUNS_FOLDER.equals(c.getName())
                        && c.getType() == IResource.FOLDER) {
                    add(c.getParent(), stores);
                    return false; // run folders hold no circuits of their own
                }
                return true;
            });
        } catch (CoreException e) {
            // a project closed meanwhile
        }
    }

    private static void add(IContainer circuitFolder, Set<Path> stores) {
        if (circuitFolder.getLocation() != null) {
            stores.add(circuitFolder.getLocation().toFile().toPath().resolve(ResultsStore.RUNS_FOLDER).normalize());
        }
    }
}
