package org.neurocircuit.ui.editor.wizard;

import java.util.regex.Pattern;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * Chooses the folder and the file name. Beyond the platform's checks it names the file that
 * exists already and insists on a name that can also serve as the circuit's name (an
 * identifier), since an empty circuit is named after its file.
 */
final class CircuitFilePage extends WizardNewFileCreationPage {

    /** The extension of circuit files. */
    static final String EXTENSION = "circuit";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    CircuitFilePage(IStructuredSelection selection) {
        super("file", selection);
        setTitle("New Circuit");
        setDescription("Choose the folder and the name of the new circuit file (.circuit).");
        setFileExtension(EXTENSION);
        setFileName("circuit." + EXTENSION);
    }

    /** The file name without its extension. */
    String baseName() {
        String name = getFileName();
        return name.endsWith("." + EXTENSION) ? name.substring(0, name.length() - EXTENSION.length() - 1) : name;
    }

    @Override
    protected boolean validatePage() {
        // before the platform's checks, whose message does not say where the file is
        IPath container = getContainerFullPath();
        String name = getFileName();
        IResource existing = container == null || name.isEmpty() || !container.isValidPath(container.append(name)
                .toString()) ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(container.append(name));
        if (existing != null) {
            setErrorMessage("'" + name + "' already exists in " + container + "; choose another name or folder.");
            return false;
        }
        if (!super.validatePage()) {
            return false;
        }
        if (!IDENTIFIER.matcher(baseName()).matches()) {
            setErrorMessage("'" + baseName() + "' cannot name a circuit: use letters, digits and underscores, starting"
                    + " with a letter or underscore (e.g. " + suggestion() + ").");
            return false;
        }
        setErrorMessage(null);
        return true;
    }

    private String suggestion() {
        String s = baseName().replaceAll("[^A-Za-z0-9_]", "_");
        return (s.isEmpty() || Character.isDigit(s.charAt(0)) ? "c_" : "") + s + "." + EXTENSION;
    }
}
