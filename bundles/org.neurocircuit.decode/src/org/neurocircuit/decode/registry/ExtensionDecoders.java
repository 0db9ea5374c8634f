package org.neurocircuit.decode.registry;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;

/**
 * Reads the contributions to {@value DecoderRegistry#EXTENSION_POINT_ID} into descriptors. The
 * only class of the bundle that names Eclipse types, so the rest loads without the Eclipse runtime.
 */
final class ExtensionDecoders {

    private static final String BUNDLE = "org.neurocircuit.decode";

    private ExtensionDecoders() {
    }

    /** A registry with the platform's contributions, or the built-in decoders outside OSGi. */
    static DecoderRegistry createRegistry() {
        IExtensionRegistry extensions;
        try {
            extensions = RegistryFactory.getRegistry();
        } catch (LinkageError e) {
            return DecoderRegistry.withBuiltIns(); // the Eclipse registry is not on the class path
        }
        if (extensions == null) {
            return DecoderRegistry.withBuiltIns();
        }
        DecoderRegistry registry = new DecoderRegistry(ExtensionDecoders::logError);
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(DecoderRegistry.EXTENSION_POINT_ID)) {
            if ("decoder".equals(e.getName())) {
                read(registry, e);
            }
        }
        return registry;
    }

    private static void read(DecoderRegistry registry, IConfigurationElement e) {
        String contributor = e.getContributor().getName();
        String id = e.getAttribute("id");
        String className = e.getAttribute("class");
        if (id == null || id.isBlank() || className == null || className.isBlank()) {
            registry.report("a decoder contributed by " + contributor + " lacks its id or class attribute;"
                    + " it is skipped (see schema/decoders.exsd of " + BUNDLE + ")");
            return;
        }
        DecoderKind kind;
        try {
            kind = DecoderKind.ofWord(e.getAttribute("kind"));
        } catch (IllegalArgumentException ex) {
            registry.report("decoder '" + id + "' from " + contributor + ": " + ex.getMessage() + "; it is skipped");
            return;
        }
        try {
            registry.register(DecoderDescriptor.lazy(id, e.getAttribute("label"), kind, contributor,
                    () -> instantiate(e, id, contributor)));
        } catch (IllegalArgumentException ex) {
            registry.report("decoder '" + id + "' from " + contributor + " is skipped: " + ex.getMessage());
        }
    }

    private static DecoderProvider instantiate(IConfigurationElement e, String id, String contributor) {
        Object o;
        try {
            o = e.createExecutableExtension("class");
        } catch (CoreException ex) {
            Throwable cause = ex.getStatus().getException();
            throw new IllegalStateException("class " + e.getAttribute("class") + ": " + ex.getMessage()
                    + (cause != null ? " (" + cause + ")" : ""), ex);
        }
        if (o instanceof DecoderProvider p) {
            return p;
        }
        throw new IllegalStateException("class " + o.getClass().getName() + " of decoder '" + id + "' from "
                + contributor + " does not implement " + DecoderProvider.class.getName());
    }

    private static void logError(String message) {
        try {
            ILog.of(ExtensionDecoders.class).log(new Status(IStatus.ERROR, BUNDLE, message));
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(DecoderRegistry.class.getName()).log(System.Logger.Level.ERROR, message);
        }
    }
}
