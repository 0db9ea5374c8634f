package org.neurocircuit.decode.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.neurocircuit.decode.decoders.BuiltInDecoders;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.engine.extensions.ContributionRegistry;
import org.neurocircuit.engine.extensions.UnknownContributionException;

/**
 * The decoders that can be used here. {@link #getDefault()} holds the contributions to the
 * extension point {@value #EXTENSION_POINT_ID} (the built-in decoders among them, through this
 * bundle's plugin.xml), read when first used; outside OSGi it holds the built-in decoders. A
 * registry made with the constructor starts empty and is filled with {@link #register} (tests,
 * tools).
 *
 * <p>Descriptors are listed without loading any provider class; a provider is instantiated on
 * first use. A contribution that fails to load is reported once (logged, kept in
 * {@link #problems()}) and dropped; the others stay usable. Thread-safe.
 */
public final class DecoderRegistry {

    /** The id of the extension point decoders are contributed to. */
    public static final String EXTENSION_POINT_ID = "org.neurocircuit.decode.decoders";

    private static DecoderRegistry platform;

    private final ContributionRegistry<DecoderDescriptor, DecoderProvider> decoders;

    /** An empty registry whose load problems go to {@code System.Logger}. */
    public DecoderRegistry() {
        this(message -> System.getLogger(DecoderRegistry.class.getName()).log(System.Logger.Level.WARNING, message));
    }

    /** An empty registry that reports load problems to {@code log}. */
    public DecoderRegistry(Consumer<String> log) {
        this.decoders = new ContributionRegistry<>("decoder", DecoderDescriptor::id, DecoderDescriptor::provider,
                Comparator.comparing(DecoderDescriptor::id), log);
    }

    /** A registry holding the built-in decoders (plain Java: tests, tools, benchmarks). */
    public static DecoderRegistry withBuiltIns() {
        DecoderRegistry r = new DecoderRegistry();
        BuiltInDecoders.all().forEach(r::register);
        return r;
    }

    /**
     * The registry of the running platform, filled from the extension registry on the first call
     * (descriptors only); the built-in decoders alone outside OSGi.
     */
    public static synchronized DecoderRegistry getDefault() {
        if (platform == null) {
            try {
                platform = ExtensionDecoders.createRegistry();
            } catch (LinkageError e) {
                // Without the Eclipse runtime even loading the reader fails: plain Java.
                platform = withBuiltIns();
            }
        }
        return platform;
    }

    /**
     * Adds a decoder.
     *
     * @throws IllegalArgumentException when one with its id is registered already
     */
    public void register(DecoderDescriptor decoder) {
        decoders.register(decoder);
    }

    /** Adds an existing provider. */
    public void register(DecoderProvider provider) {
        register(DecoderDescriptor.of(provider));
    }

    /** Removes the decoder with this id; returns whether there was one. */
    public boolean unregister(String id) {
        return decoders.unregister(id);
    }

    /** The decoders, by id. Loads no class. */
    public List<DecoderDescriptor> descriptors() {
        return decoders.descriptors();
    }

    /** The ids, in {@link #descriptors()} order. */
    public List<String> ids() {
        return decoders.ids();
    }

    /** The descriptor with this id. Loads no class. */
    public Optional<DecoderDescriptor> descriptor(String id) {
        return decoders.descriptor(id);
    }

    /**
     * The provider with this id, loading it if needed.
     *
     * @throws UnknownDecoderException naming the available decoders, when none has this id or its
     *                                 class could not be loaded
     */
    public DecoderProvider get(String id) {
        try {
            return decoders.get(id);
        } catch (UnknownContributionException e) {
            throw new UnknownDecoderException(id, e.getMessage());
        }
    }

    /** The provider with this id, or empty when unknown or it failed to load. */
    public Optional<DecoderProvider> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (UnknownDecoderException e) {
            return Optional.empty();
        }
    }

    /** Contributions that could not be read or loaded, one message each, oldest first. */
    public List<String> problems() {
        return decoders.problems();
    }

    /** Records a problem with a contribution (used while reading the extension registry). */
    void report(String problem) {
        decoders.report(problem);
    }

    @Override
    public String toString() {
        return "decoders " + ids();
    }
}
