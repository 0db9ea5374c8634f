package org.neurocircuit.ui.editor.wizard;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ContainerGenerator;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;

/**
 * File &gt; New &gt; Circuit: writes a new .circuit file (atomically, as every save does) from the
 * chosen template and opens it in the circuit editor.
 */
public final class NewCircuitWizard extends Wizard implements INewWizard {

    /** The wizard's id (plugin.xml). */
    public static final String ID = "org.neurocircuit.ui.editor.wizard.newCircuit";

    /** The circuit editor's id (the editor contract). */
    static final String EDITOR_ID = "org.neurocircuit.ui.editor.circuit";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private CircuitFilePage filePage;
    private TemplatePage templatePage;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle("New Circuit");
    }

    @Override
    public void addPages() {
        filePage = new CircuitFilePage(selection);
        templatePage = new TemplatePage();
        addPage(filePage);
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        Circuit circuit = templatePage.selected().create(filePage.baseName());
        try {
            new ContainerGenerator(path.removeLastSegments(1)).generateContainer(new NullProgressMonitor());
            CircuitFiles.save(circuit, Path.of(file.getLocation().toOSString()));
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            filePage.setErrorMessage("Could not write " + path + ": " + e.getMessage()
                    + ". Choose a folder you can write to.");
            return false;
        }
        created = file;
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(page, file, EDITOR_ID, true);
        } catch (PartInitException e) {
            // the file is written; say why it did not open rather than lose the work
            filePage.setErrorMessage("Created " + path + " but could not open it: " + e.getMessage());
            return true;
        }
        return true;
    }

    /** The file the wizard wrote, or null before it finished (for tests). */
    public IFile created() {
        return created;
    }

    /** Chooses a template by its title, as a click in the list would (for tests). */
    public void chooseTemplate(String title) {
        templatePage.select(title);
    }

    /** The file page: folder, name and their error message (for tests). */
    public WizardNewFileCreationPage filePage() {
        return filePage;
    }
}
