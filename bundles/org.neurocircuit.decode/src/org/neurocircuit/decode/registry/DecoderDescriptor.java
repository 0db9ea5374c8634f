package org.neurocircuit.decode.registry;

import java.util.Objects;
import java.util.function.Supplier;

import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.engine.extensions.LazyInstance;

/**
 * What the registry knows about a decoder before loading it (id, label, kind, contributor, from
 * plugin.xml), plus a factory that creates the provider on first use; the provider is then
 * kept. Listing descriptors never loads a provider class.
 */
public final class DecoderDescriptor {

    private final String id;
    private final String label;
    private final DecoderKind kind;
    private final String contributor;
    private final LazyInstance<DecoderProvider> provider;

    private DecoderDescriptor(String id, String label, DecoderKind kind, String contributor,
            LazyInstance<DecoderProvider> provider) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a decoder needs a non-empty id");
        }
        this.id = id;
        this.label = label == null || label.isBlank() ? id : label;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.contributor = contributor == null ? "" : contributor;
        this.provider = provider;
    }

    /**
     * A decoder created by {@code factory} when first asked for.
     *
     * @param contributor who contributed it (a bundle name), for messages
     */
    public static DecoderDescriptor lazy(String id, String label, DecoderKind kind, String contributor,
            Supplier<? extends DecoderProvider> factory) {
        return new DecoderDescriptor(id, label, kind, contributor, LazyInstance.of(factory));
    }

    /** A provider that exists already (programmatic registration, tests). */
    public static DecoderDescriptor of(DecoderProvider provider) {
        return new DecoderDescriptor(provider.id(), provider.label(), provider.kind(), provider.getClass().getName(),
                LazyInstance.existing(provider));
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The kind declared by the contribution (checked against the provider when it loads). */
    public DecoderKind kind() {
        return kind;
    }

    /** Who contributed it (a bundle's symbolic name or a class name); may be empty. */
    public String contributor() {
        return contributor;
    }

    /** Whether the provider has been created. */
    public boolean isLoaded() {
        return provider.isLoaded();
    }

    /**
     * The provider, created on the first call.
     *
     * @throws DecoderLoadException when it cannot be created or does not match its declaration
     */
    DecoderProvider provider() {
        // Results store the id; a mismatch would make them name a decoder nobody can find.
        return provider.get(p -> id.equals(p.id()) && kind == p.kind() ? null
                : "its class " + p.getClass().getName() + " reports id '" + p.id() + "' (" + p.kind().word()
                        + ") but the contribution declares '" + id + "' (" + kind.word() + ")",
                (reason, cause) -> new DecoderLoadException(this, reason, cause));
    }

    @Override
    public String toString() {
        return id + " (" + label + ", " + kind.word() + (contributor.isEmpty() ? "" : ", from " + contributor) + ")";
    }
}
