package org.neurocircuit.decode.registry;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.engine.extensions.ExtensionElements;

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
        List<IConfigurationElement> elements;
        try {
            elements = ExtensionElements.of(DecoderRegistry.EXTENSION_POINT_ID, "decoder").orElse(null);
        } catch (LinkageError e) {
            elements = null; // the Eclipse registry is not on the class path
        }
        if (elements == null) {
            return DecoderRegistry.withBuiltIns();
        }
        DecoderRegistry registry = new DecoderRegistry(ExtensionDecoders::logError);
        for (IConfigurationElement e : elements) {
            read(registry, e);
        }
        return registry;
    }

    private static void read(DecoderRegistry registry, IConfigurationElement e) {
        String lacks = ExtensionElements.lacksIdOrClass(e, "decoder", "schema/decoders.exsd of " + BUNDLE);
        if (lacks != null) {
            registry.report(lacks);
            return;
        }
        String contributor = ExtensionElements.contributor(e);
        String id = e.getAttribute("id");
        DecoderKind kind;
        try {
            kind = DecoderKind.ofWord(e.getAttribute("kind"));
        } catch (IllegalArgumentException ex) {
            registry.report("decoder '" + id + "' from " + contributor + ": " + ex.getMessage() + "; it is skipped");
            return;
        }
        try {
            registry.register(DecoderDescriptor.lazy(id, e.getAttribute("label"), kind, contributor,
                    () -> ExtensionElements.instantiate(e, DecoderProvider.class, "decoder")));
        } catch (IllegalArgumentException ex) {
            registry.report("decoder '" + id + "' from " + contributor + " is skipped: " + ex.getMessage());
        }
    }

    private static void logError(String message) {
        try {
            ILog.of(ExtensionDecoders.class).log(new Status(IStatus.ERROR, BUNDLE, message));
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(DecoderRegistry.class.getName()).log(System.Logger.Level.ERROR, message);
        }
    }
}
