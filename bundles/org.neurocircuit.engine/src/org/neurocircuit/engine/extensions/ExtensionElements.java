package org.neurocircuit.engine.extensions;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The steps every reader of an extension point repeats: find the platform's extension registry
 * (absent outside OSGi), pick the elements of one name, check their {@code id} and {@code class}
 * attributes, and instantiate the class as the expected type with a message that names the
 * contribution. The only class of the package that names Eclipse types; callers load it only
 * when they read the platform's contributions.
 */
public final class ExtensionElements {

    private ExtensionElements() {
    }

    /**
     * The elements called {@code element} contributed to {@code pointId}, or empty when there is
     * no extension registry (plain Java: the registry's classes are missing or it is not running).
     */
    public static Optional<List<IConfigurationElement>> of(String pointId, String element) {
        IExtensionRegistry extensions;
        try {
            extensions = RegistryFactory.getRegistry();
        } catch (LinkageError e) {
            return Optional.empty();
        }
        if (extensions == null) {
            return Optional.empty();
        }
        return Optional.of(List.of(extensions.getConfigurationElementsFor(pointId)).stream()
                .filter(e -> element.equals(e.getName())).toList());
    }

    /** The bundle that contributed the element. */
    public static String contributor(IConfigurationElement e) {
        return e.getContributor().getName();
    }

    /**
     * Why the element cannot be read (no {@code id} or {@code class}), or {@code null} when it
     * has both.
     *
     * @param noun   what it contributes ("backend")
     * @param schema where the schema is, e.g. "schema/backends.exsd of org.neurocircuit.engine"
     */
    public static String lacksIdOrClass(IConfigurationElement e, String noun, String schema) {
        String id = e.getAttribute("id");
        String className = e.getAttribute("class");
        if (id == null || id.isBlank() || className == null || className.isBlank()) {
            return "a " + noun + " contributed by " + contributor(e) + " lacks its id or class attribute;"
                    + " it is skipped (see " + schema + ")";
        }
        return null;
    }

    /**
     * Instantiates the element's {@code class} attribute.
     *
     * @throws IllegalStateException naming the class and the contribution, when it cannot be
     *                               created or is not a {@code type}
     */
    public static <P> P instantiate(IConfigurationElement e, Class<P> type, String noun) {
        Object o;
        try {
            o = e.createExecutableExtension("class");
        } catch (CoreException ex) {
            Throwable cause = ex.getStatus().getException();
            throw new IllegalStateException("class " + e.getAttribute("class") + ": " + ex.getMessage()
                    + (cause != null ? " (" + cause + ")" : ""), ex);
        }
        if (type.isInstance(o)) {
            return type.cast(o);
        }
        throw new IllegalStateException("class " + o.getClass().getName() + " of " + noun + " '" + e.getAttribute("id")
                + "' from " + contributor(e) + " does not implement " + type.getName());
    }
}
