package org.neurocircuit.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.neurocircuit.model.Circuit;

/** Opens the real circuit editor on a file of a workspace project and checks edits, undo and redo. */
final class EditorFixture {

    static final String PROJECT = "editor-core-tests";

    final IFile file;
    final CircuitEditor editor;

    private EditorFixture(IFile file, CircuitEditor editor) {
        this.file = file;
        this.editor = editor;
    }

    /** Writes {@code content} to {@code name} in the test project and opens it in the circuit editor. */
    static EditorFixture open(String name, InputStream content) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.setContents(content, IResource.FORCE, null);
        } else {
            file.create(content, IResource.FORCE, null);
        }
        return reopen(file);
    }

    static EditorFixture reopen(IFile file) throws CoreException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CircuitEditor editor = (CircuitEditor) IDE.openEditor(page, file, CircuitEditor.ID, true);
        flush();
        return new EditorFixture(file, editor);
    }

    static EditorFixture openExample(String name) throws Exception {
        var bundle = org.eclipse.core.runtime.Platform.getBundle("org.neurocircuit.examples");
        try (InputStream in = bundle.getEntry("circuits/" + name).openStream()) {
            return open(name, new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    Circuit circuit() {
        return editor.document().circuit();
    }

    GraphicalViewer viewer() {
        return editor.viewer();
    }

    org.eclipse.gef.ui.actions.ActionRegistry registry() {
        return (org.eclipse.gef.ui.actions.ActionRegistry) editor.getAdapter(org.eclipse.gef.ui.actions.ActionRegistry.class);
    }

    /** The action with {@code id}, its enablement brought up to date with the current selection. */
    org.eclipse.jface.action.IAction action(String id) {
        org.eclipse.jface.action.IAction action = registry().getAction(id);
        if (action instanceof org.eclipse.gef.ui.actions.UpdateAction update) {
            update.update();
        }
        return action;
    }

    CommandStack stack() {
        return (CommandStack) editor.getAdapter(CommandStack.class);
    }

    EditPart part(Object model) {
        EditPart part = (EditPart) viewer().getEditPartRegistry().get(model);
        assertNotNull(part, () -> "no edit part for " + model);
        return part;
    }

    /**
     * Runs {@code edit} (which executes on the editor's command stack), then checks that undo gives back
     * exactly the model before, redo exactly the model after, and that the editor is dirty afterwards.
     */
    void assertUndoRedo(Runnable edit) {
        Circuit before = EcoreUtil.copy(circuit());
        boolean dirtyBefore = editor.isDirty();
        edit.run();
        flush();
        Circuit after = EcoreUtil.copy(circuit());
        assertFalse(new EcoreUtil.EqualityHelper().equals(before, after), "the edit changed nothing");
        assertTrue(editor.isDirty());
        stack().undo();
        flush();
        assertTrue(new EcoreUtil.EqualityHelper().equals(before, circuit()), "undo did not restore the model");
        assertEquals(dirtyBefore, editor.isDirty(), "undo back to the saved state is not dirty");
        stack().redo();
        flush();
        assertTrue(new EcoreUtil.EqualityHelper().equals(after, circuit()), "redo did not restore the edit");
    }

    /** Executes a GEF command as the tools do, failing if it cannot run. */
    void execute(Command command) {
        assertNotNull(command, "no command");
        assertTrue(command.canExecute(), () -> "cannot execute " + command.getLabel() + ": " + editor.lastMessage());
        stack().execute(command);
    }

    void close() {
        editor.getSite().getPage().closeEditor(editor, false);
        flush();
    }

    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run pending UI work (layout, asyncExec of the link bus)
        }
    }

    /** Snapshot of the workbench window into target/screenshots/{@code name}. */
    static Path screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        flush();
        return Screenshots.save(shell, Path.of("target", "screenshots", name).toAbsolutePath());
    }

    static <T> List<T> partsOf(GraphicalViewer viewer, Class<T> type) {
        return viewer.getEditPartRegistry().values().stream().filter(type::isInstance).map(type::cast).distinct()
                .toList();
    }
}
