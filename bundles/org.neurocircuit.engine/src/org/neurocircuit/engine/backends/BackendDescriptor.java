package org.neurocircuit.engine.backends;

import java.util.Objects;
import java.util.function.Supplier;

import org.neurocircuit.engine.extensions.LazyInstance;

import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * What the registry knows about a backend before loading it: id, label, priority and where it
 * came from, plus a factory that creates the provider on first use (then cached). Listing
 * descriptors never loads a provider class.
 */
public final class BackendDescriptor {

    /** The priority of a contribution that gives none. */
    public static final int DEFAULT_PRIORITY = 0;

    private final String id;
    private final String label;
    private final int priority;
    private final String contributor;
    private final LazyInstance<SimulationBackendProvider> provider;

    private BackendDescriptor(String id, String label, int priority, String contributor,
            LazyInstance<SimulationBackendProvider> provider) {
        this.id = requireText(id, "id");
        this.label = label == null || label.isBlank() ? id : label;
        this.priority = priority;
        this.contributor = contributor == null ? "" : contributor;
        this.provider = provider;
    }

    /**
     * A backend created by {@code factory} when first asked for.
     *
     * @param contributor who contributed it (a bundle name), for messages
     * @param factory creates the provider; may throw {@link BackendLoadException} or any
     *                runtime exception, which the registry reports
     */
    public static BackendDescriptor lazy(String id, String label, int priority, String contributor,
            Supplier<? extends SimulationBackendProvider> factory) {
        return new BackendDescriptor(id, label, priority, contributor, LazyInstance.of(factory));
    }

    /** A backend that already exists (programmatic registration, tests). */
    public static BackendDescriptor of(SimulationBackendProvider provider, int priority) {
        Objects.requireNonNull(provider, "provider");
        return new BackendDescriptor(provider.id(), provider.label(), priority, provider.getClass().getName(),
                LazyInstance.existing(provider));
    }

    /** The backend's id, e.g. {@code "builtin"}. */
    public String id() {
        return id;
    }

    /** Its human-readable name. */
    public String label() {
        return label;
    }

    /** Higher comes first when the registry picks a default backend. */
    public int priority() {
        return priority;
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
     * @throws BackendLoadException when it cannot be created, or reports another id than the
     *                              contribution declares
     */
    SimulationBackendProvider provider() {
        // A mismatch would make runs record an id that no registry can find again.
        return provider.get(p -> id.equals(p.id()) ? null : "its class " + p.getClass().getName()
                + " reports id '" + p.id() + "' but the contribution declares '" + id + "'",
                (reason, cause) -> new BackendLoadException(this, reason, cause));
    }

    @Override
    public String toString() {
        return id + " (" + label + (contributor.isEmpty() ? "" : ", from " + contributor) + ")";
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("a backend needs a non-empty " + what);
        }
        return s;
    }
}
