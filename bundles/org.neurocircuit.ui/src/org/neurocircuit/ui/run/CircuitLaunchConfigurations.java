package org.neurocircuit.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadResult;

/** Finds the launch configuration of a circuit file, or creates one with the circuit's own settings. */
public final class CircuitLaunchConfigurations {

    /** The backend a new configuration runs on when the circuit names none. */
    public static final String DEFAULT_BACKEND = "builtin";

    private CircuitLaunchConfigurations() {
    }

    public static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(RunLaunchAttributes.TYPE_ID);
    }

    /** The first configuration that runs {@code file}, or a new, saved one. */
    public static ILaunchConfiguration findOrCreate(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type())) {
            if (path.equals(c.getAttribute(RunLaunchAttributes.CIRCUIT, ""))) {
                return c;
            }
        }
        String name = manager.generateLaunchConfigurationName(file.getFullPath().removeFileExtension().lastSegment());
        ILaunchConfigurationWorkingCopy wc = type().newInstance(null, name);
        setDefaults(wc, file);
        return wc.doSave();
    }

    /** The circuit, its backend (else built-in), and its own duration and seed; threads left to the circuit. */
    public static void setDefaults(ILaunchConfigurationWorkingCopy wc, IFile file) {
        wc.setAttribute(RunLaunchAttributes.CIRCUIT, file.getFullPath().toString());
        wc.setAttribute(RunLaunchAttributes.BACKEND, DEFAULT_BACKEND);
        wc.setAttribute(RunLaunchAttributes.DURATION, "");
        wc.setAttribute(RunLaunchAttributes.SEED, "");
        wc.setAttribute(RunLaunchAttributes.THREADS, "");
        if (file.getLocation() == null) {
            return;
        }
        LoadResult r = CircuitFiles.load(file.getLocation().toFile().toPath());
        if (r.loaded()) {
            Circuit c = r.circuit();
            if (c.getBackendId() != null && !c.getBackendId().isBlank()) {
                wc.setAttribute(RunLaunchAttributes.BACKEND, c.getBackendId());
            }
            wc.setAttribute(RunLaunchAttributes.DURATION, plain(c.getDuration()));
            wc.setAttribute(RunLaunchAttributes.SEED, Long.toString(c.getSeed()));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
