package org.neurocircuit.ui.run;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.neurocircuit.engine.run.RunOptions;

/**
 * The attributes of a "Circuit Simulation" launch configuration, all strings so that an empty
 * value means "the circuit's own setting": the circuit (workspace path), backend id, duration
 * (ms), seed and threads.
 */
public final class RunLaunchAttributes {

    /** The launch configuration type's id. */
    public static final String TYPE_ID = "org.neurocircuit.ui.run.circuitSimulation";

    public static final String CIRCUIT = "org.neurocircuit.ui.run.circuit";
    public static final String BACKEND = "org.neurocircuit.ui.run.backend";
    public static final String DURATION = "org.neurocircuit.ui.run.duration";
    public static final String SEED = "org.neurocircuit.ui.run.seed";
    public static final String THREADS = "org.neurocircuit.ui.run.threads";

    static final String PLUGIN_ID = "org.neurocircuit.ui";

    private RunLaunchAttributes() {
    }

    /** The circuit file a configuration runs. */
    public static IFile circuit(ILaunchConfiguration config) throws CoreException {
        String path = config.getAttribute(CIRCUIT, "").strip();
        if (path.isEmpty()) {
            throw error("Launch configuration '" + config.getName() + "' names no circuit; choose one on its Main tab.");
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
        if (!(r instanceof IFile file) || !r.exists()) {
            throw error("Launch configuration '" + config.getName() + "': the circuit " + path
                    + " does not exist; choose another on its Main tab.");
        }
        return file;
    }

    /** The run options a configuration gives; empty attributes keep the circuit's settings. */
    public static RunOptions options(ILaunchConfiguration config) throws CoreException {
        String backend = config.getAttribute(BACKEND, "").strip();
        return RunOptions.defaults().withBackend(backend.isEmpty() ? null : backend)
                .withDuration(number(config, DURATION, "duration (ms)", Double::valueOf))
                .withSeed(number(config, SEED, "seed", Long::valueOf))
                .withThreads(number(config, THREADS, "threads", Integer::valueOf));
    }

    /**
     * The problem with a value typed for an attribute, or {@code null} when it is fine (empty
     * means the circuit's own setting).
     */
    public static String problem(String label, String text, boolean integer, double min) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = integer ? Long.parseLong(t) : Double.parseDouble(t);
            if (!Double.isFinite(v) || v < min || (!integer && v <= 0)) {
                return label + " must be " + (integer ? "a whole number of at least " + (long) min
                        : "a positive number") + ", was " + t + ".";
            }
            return null;
        } catch (NumberFormatException e) {
            return label + " must be " + (integer ? "a whole number" : "a number") + ", was '" + t
                    + "'. Leave it empty for the circuit's own setting.";
        }
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T number(ILaunchConfiguration config, String attr, String label, Parser<T> parser)
            throws CoreException {
        String t = config.getAttribute(attr, "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(t);
        } catch (NumberFormatException e) {
            throw error("Launch configuration '" + config.getName() + "': " + label + " '" + t
                    + "' is not a number; fix it on its Main tab or leave it empty.");
        }
    }

    private static CoreException error(String message) {
        return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message));
    }
}
