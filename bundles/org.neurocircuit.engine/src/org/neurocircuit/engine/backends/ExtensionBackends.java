package org.neurocircuit.engine.backends;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.neurocircuit.engine.extensions.ExtensionElements;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * Reads the contributions to {@value BackendRegistry#EXTENSION_POINT_ID} into descriptors. The
 * only class of the package that names Eclipse types: nothing else loads them, so a registry
 * filled in code works without the Eclipse runtime.
 */
final class ExtensionBackends {

    private static final String BUNDLE = "org.neurocircuit.engine";

    private ExtensionBackends() {
    }

    /** A registry with the platform's contributions, or an empty one outside OSGi. */
    static BackendRegistry createRegistry() {
        List<IConfigurationElement> elements;
        try {
            elements = ExtensionElements.of(BackendRegistry.EXTENSION_POINT_ID, "backend").orElse(null);
        } catch (LinkageError e) {
            elements = null; // the Eclipse registry is not on the class path
        }
        if (elements == null) {
            return new BackendRegistry();
        }
        BackendRegistry registry = new BackendRegistry(ExtensionBackends::logError);
        for (IConfigurationElement e : elements) {
            read(registry, e);
        }
        return registry;
    }

    private static void read(BackendRegistry registry, IConfigurationElement e) {
        String lacks = ExtensionElements.lacksIdOrClass(e, "backend", "schema/backends.exsd of " + BUNDLE);
        if (lacks != null) {
            registry.report(lacks);
            return;
        }
        String contributor = ExtensionElements.contributor(e);
        String id = e.getAttribute("id");
        int priority;
        try {
            String p = e.getAttribute("priority");
            priority = p == null || p.isBlank() ? BackendDescriptor.DEFAULT_PRIORITY : Integer.parseInt(p.trim());
        } catch (NumberFormatException ex) {
            registry.report("backend '" + id + "' from " + contributor + " has priority '"
                    + e.getAttribute("priority") + "', not an integer; it is skipped");
            return;
        }
        try {
            registry.register(BackendDescriptor.lazy(id, e.getAttribute("label"), priority, contributor,
                    () -> ExtensionElements.instantiate(e, SimulationBackendProvider.class, "backend")));
        } catch (IllegalArgumentException ex) {
            registry.report("backend '" + id + "' from " + contributor + " is skipped: " + ex.getMessage());
        }
    }

    /** The JDK's platform logger: the bundle needs nothing of Eclipse but the registry for it. */
    private static void logError(String message) {
        System.getLogger(BackendRegistry.class.getName()).log(System.Logger.Level.ERROR, message);
    }
}
