package org.neurocircuit.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.edit.CircuitItemProviderAdapterFactory;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadProblem;
import org.neurocircuit.model.resource.LoadResult;
import org.neurocircuit.ui.editor.markers.CircuitMarkers;

/**
 * One open circuit file: the circuit loaded with {@link CircuitFiles} (never a partial model: a file
 * with errors is not opened, so saving cannot lose its content), its editing domain with the
 * NeuroCircuit item providers and its one command stack, and atomic saving.
 */
public final class CircuitDocument {

    private final IFile file;
    private final Circuit circuit;
    private final AdapterFactoryEditingDomain domain;
    private final ComposedAdapterFactory adapterFactory;
    private final boolean completed;

    private CircuitDocument(IFile file, Circuit circuit, boolean completed) {
        this.file = file;
        this.circuit = circuit;
        this.completed = completed;
        adapterFactory = new ComposedAdapterFactory(new CircuitItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
                circuit.eResource().getResourceSet());
        // Lets item property descriptors find the domain, so Properties-view edits are commands too.
        circuit.eResource().getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
    }

    /**
     * Loads {@code file}. Load problems become problem markers on it; errors are thrown with every
     * problem in the message, and the file is left as it is.
     */
    public static CircuitDocument open(IFile file) throws CoreException {
        LoadResult result = CircuitFiles.load(path(file));
        CircuitMarkers.loadProblems(file, result.problems());
        if (!result.loaded()) {
            String problems = result.problems().stream().map(LoadProblem::toString)
                    .collect(Collectors.joining("\n"));
            throw new CoreException(Status.error("Cannot open " + file.getFullPath() + "; the file is left unchanged. "
                    + "Fix these problems in a text editor and open it again:\n" + problems));
        }
        boolean completed = DiagramCompletion.complete(result.circuit());
        return new CircuitDocument(file, result.circuit(), completed);
    }

    /** Saves atomically (a failed save leaves the old file) and refreshes the workspace. */
    public void save() throws CoreException {
        try {
            CircuitFiles.save(circuit, path(file));
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.neurocircuit.ui.editor",
                    "Cannot save " + file.getFullPath() + ": " + e.getMessage(), e));
        }
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }

    public IFile file() {
        return file;
    }

    public Circuit circuit() {
        return circuit;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Whether loading added diagram nodes the file did not have (the editor then starts dirty). */
    public boolean diagramCompleted() {
        return completed;
    }

    /** A copy of the circuit as it is now (tests compare models with it). */
    public Circuit snapshot() {
        return EcoreUtil.copy(circuit);
    }

    public void dispose() {
        adapterFactory.dispose();
    }

    private static Path path(IFile file) {
        return Path.of(file.getLocation().toOSString());
    }

    static List<String> describe(List<LoadProblem> problems) {
        return problems.stream().map(LoadProblem::toString).toList();
    }
}
