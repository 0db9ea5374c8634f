package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadResult;
import org.neurocircuit.ui.editor.wizard.NewCircuitWizard;

/** The New Circuit wizard: names it refuses, the files it writes, the editor it opens. */
class NewCircuitWizardTest {

    private IProject project;
    private NewCircuitWizard wizard;
    private WizardDialog dialog;

    @BeforeEach
    void openWizard() throws Exception {
        project = Workbench.project("wizard");
        Workbench.write(project, "taken.circuit", ReferenceCircuits.all().get(0).create());
        wizard = new NewCircuitWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.spin(100);
    }

    @AfterEach
    void closeAll() {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void refusesAnExistingFileAndANameThatCannotNameACircuit() {
        WizardNewFileCreationPage page = wizard.filePage();
        assertEquals(project.getFullPath(), page.getContainerFullPath());
        page.setFileName("taken.circuit");
        Workbench.spin(50);
        assertFalse(page.isPageComplete());
        assertEquals("'taken.circuit' already exists in /wizard; choose another name or folder.", page.getErrorMessage());
        page.setFileName("2 layers.circuit");
        Workbench.spin(50);
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().startsWith("'2 layers' cannot name a circuit"), page.getErrorMessage());
        assertTrue(page.getErrorMessage().contains("c_2_layers.circuit"), page.getErrorMessage());
        page.setFileName("layers");
        Workbench.spin(50);
        assertTrue(page.isPageComplete());
        assertNull(page.getErrorMessage());
    }

    @Test
    void writesAReferenceCircuitAndOpensItInTheCircuitEditor() throws Exception {
        wizard.filePage().setFileName("my_coba");
        dialog.showPage(dialog.getCurrentPage().getNextPage());
        String title = ReferenceCircuits.byId("vogels_abbott_coba").orElseThrow().label();
        wizard.chooseTemplate(title);
        Workbench.screenshot(dialog.getShell(), "new-circuit-wizard");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        Workbench.spin(200);

        IFile file = wizard.created();
        assertEquals(project.getFile("my_coba.circuit"), file);
        assertTrue(file.exists());
        LoadResult loaded = CircuitFiles.load(Path.of(file.getLocation().toOSString()));
        Circuit circuit = loaded.circuit();
        assertNotNull(circuit, loaded.toString());
        assertEquals(4000, circuit.allPopulations().stream().mapToInt(p -> p.getSize()).sum());
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertEquals(Workbench.EDITOR_ID, editor.getSite().getId());
        assertEquals(file, ResourceUtil.getFile(editor.getEditorInput()));
    }

    @Test
    void theEmptyTemplateIsNamedAfterItsFileAndHasADiagram() throws Exception {
        wizard.filePage().setFileName("blank.circuit");
        assertTrue(wizard.performFinish());
        dialog.close();
        Circuit circuit = CircuitFiles.load(Path.of(wizard.created().getLocation().toOSString())).circuit();
        assertEquals("blank", circuit.getName());
        assertNotNull(circuit.getDiagram());
        assertTrue(circuit.allPopulations().isEmpty());
    }
}
