package org.neurocircuit.ui.editor.extras;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.ui.editor.Screenshots;

/** Drives the running workbench for the extras' tests: files, the editor, the event loop. */
final class Workbench {

    static final String EDITOR_ID = "org.neurocircuit.ui.editor.circuit";

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** An open project of this name, created if needed. */
    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** Writes {@code circuit} as a workspace file. */
    static IFile write(IProject project, String fileName, Circuit circuit) throws Exception {
        IFile file = project.getFile(fileName);
        CircuitFiles.save(circuit, Path.of(project.getLocation().append(fileName).toOSString()));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    static IEditorPart open(IFile file) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page(), file, EDITOR_ID, true);
        spin(200);
        return editor;
    }

    /** Runs the event loop for {@code ms}. */
    static void spin(long ms) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until {@code condition} holds or {@code timeoutMs} passed; returns whether it holds. */
    static boolean spinUntil(BooleanSupplier condition, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            spin(20);
        }
        return condition.getAsBoolean();
    }

    /** Saves what {@code shell} shows as a PNG under the temp folder, for a person to look at. */
    static Path screenshot(Shell shell, String name) {
        spin(100);
        return Screenshots.save(shell, Path.of(System.getProperty("java.io.tmpdir"), "nc-editor-extras", name + ".png"));
    }
}
