package org.neurocircuit.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.neurocircuit.engine.backends.BackendRegistry;

/**
 * The circuit to run and the settings that override its own: backend, duration (ms), seed and
 * threads. An empty field keeps the circuit's setting; invalid values are named in the dialog's
 * message line.
 */
public final class CircuitMainTab extends AbstractLaunchConfigurationTab {

    private Text circuit;
    private Combo backend;
    private Text duration;
    private Text seed;
    private Text threads;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        circuit = field(c, "Circuit:", "workspace path of a .circuit file");
        Button browse = createPushButton(c, "Browse...", null);
        browse.addListener(SWT.Selection, e -> browse());
        label(c, "Backend:");
        backend = new Combo(c, SWT.DROP_DOWN);
        backend.setItems(BackendRegistry.getDefault().ids().toArray(String[]::new));
        backend.addModifyListener(e -> updateLaunchConfigurationDialog());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(backend);
        duration = field(c, "Duration (ms):", "empty: the circuit's");
        new Label(c, SWT.NONE);
        seed = field(c, "Seed:", "empty: the circuit's");
        new Label(c, SWT.NONE);
        threads = field(c, "Threads:", "empty: the circuit's");
        new Label(c, SWT.NONE);
        setControl(c);
    }

    private static void label(Composite c, String text) {
        new Label(c, SWT.NONE).setText(text);
    }

    private Text field(Composite c, String label, String hint) {
        label(c, label);
        Text t = new Text(c, SWT.BORDER);
        t.setMessage(hint);
        t.addModifyListener(e -> updateLaunchConfigurationDialog());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    private void browse() {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle("Choose a circuit");
        d.setInitialPattern("*.circuit");
        if (d.open() == Window.OK && d.getFirstResult() instanceof IFile f) {
            circuit.setText(f.getFullPath().toString());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(RunLaunchAttributes.BACKEND, CircuitLaunchConfigurations.DEFAULT_BACKEND);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            circuit.setText(configuration.getAttribute(RunLaunchAttributes.CIRCUIT, ""));
            backend.setText(configuration.getAttribute(RunLaunchAttributes.BACKEND, ""));
            duration.setText(configuration.getAttribute(RunLaunchAttributes.DURATION, ""));
            seed.setText(configuration.getAttribute(RunLaunchAttributes.SEED, ""));
            threads.setText(configuration.getAttribute(RunLaunchAttributes.THREADS, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(RunLaunchAttributes.CIRCUIT, circuit.getText().strip());
        configuration.setAttribute(RunLaunchAttributes.BACKEND, backend.getText().strip());
        configuration.setAttribute(RunLaunchAttributes.DURATION, duration.getText().strip());
        configuration.setAttribute(RunLaunchAttributes.SEED, seed.getText().strip());
        configuration.setAttribute(RunLaunchAttributes.THREADS, threads.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration launchConfig) {
        String problem = problem();
        setErrorMessage(problem);
        return problem == null;
    }

    /** The first problem of the fields as typed, or {@code null}. */
    String problem() {
        String path = circuit.getText().strip();
        if (path.isEmpty()) {
            return "Choose the circuit to run.";
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
        if (!(r instanceof IFile) || !"circuit".equals(r.getFileExtension())) {
            return "No circuit file " + path + " in the workspace; choose a .circuit file.";
        }
        String b = backend.getText().strip();
        if (!b.isEmpty() && !BackendRegistry.getDefault().ids().contains(b)) {
            return "No backend '" + b + "'; installed: " + String.join(", ", BackendRegistry.getDefault().ids()) + ".";
        }
        String p = RunLaunchAttributes.problem("Duration (ms)", duration.getText(), false, 0);
        p = p != null ? p : RunLaunchAttributes.problem("Seed", seed.getText(), true, Long.MIN_VALUE);
        return p != null ? p : RunLaunchAttributes.problem("Threads", threads.getText(), true, 1);
    }

    @Override
    public String getName() {
        return "Main";
    }
}
