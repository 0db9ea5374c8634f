package org.neurocircuit.engine.backends;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
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
        IExtensionRegistry extensions;
        try {
            extensions = RegistryFactory.getRegistry();
        } catch (LinkageError e) {
            return new BackendRegistry(); // the Eclipse registry is not on the class path
        }
        BackendRegistry registry = new BackendRegistry(ExtensionBackends::logError);
        if (extensions == null) {
            return registry;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(BackendRegistry.EXTENSION_POINT_ID)) {
            if (!"backend".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            String id = e.getAttribute("id");
            String className = e.getAttribute("class");
            if (id == null || id.isBlank() || className == null || className.isBlank()) {
                registry.report("a backend contributed by " + contributor + " lacks its id or class attribute;"
                        + " it is skipped (see schema/backends.exsd of " + BUNDLE + ")");
                continue;
            }
            int priority;
            try {
                String p = e.getAttribute("priority");
                priority = p == null || p.isBlank() ? BackendDescriptor.DEFAULT_PRIORITY : Integer.parseInt(p.trim());
            } catch (NumberFormatException ex) {
                registry.report("backend '" + id + "' from " + contributor + " has priority '"
                        + e.getAttribute("priority") + "', not an integer; it is skipped");
                continue;
            }
            try {
                registry.register(BackendDescriptor.lazy(id, e.getAttribute("label"), priority, contributor,
                        () -> instantiate(e, id, contributor)));
            } catch (IllegalArgumentException ex) {
                registry.report("backend '" + id + "' from " + contributor + " is skipped: " + ex.getMessage());
            }
        }
        return registry;
    }

    private static SimulationBackendProvider instantiate(IConfigurationElement e, String id, String contributor) {
        Object o;
        try {
            o = e.createExecutableExtension("class");
        } catch (CoreException ex) {
            Throwable cause = ex.getStatus().getException();
            throw new IllegalStateException("class " + e.getAttribute("class") + ": " + ex.getMessage()
                    + (cause != null ? " (" + cause + ")" : ""), ex);
        }
        if (o instanceof SimulationBackendProvider p) {
            return p;
        }
        throw new IllegalStateException("class " + o.getClass().getName() + " of backend '" + id + "' from "
                + contributor + " does not implement " + SimulationBackendProvider.class.getName());
    }

    /** The JDK's platform logger: the bundle needs nothing of Eclipse but the registry for it. */
    private static void logError(String message) {
        System.getLogger(BackendRegistry.class.getName()).log(System.Logger.Level.ERROR, message);
    }
}
