package org.neurocircuit.engine.backends;

import java.util.Objects;
import java.util.function.Supplier;

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
    private final Supplier<? extends SimulationBackendProvider> factory;
    private SimulationBackendProvider provider;

    private BackendDescriptor(String id, String label, int priority, String contributor,
            Supplier<? extends SimulationBackendProvider> factory) {
        this.id = requireText(id, "id");
        this.label = label == null || label.isBlank() ? id : label;
        this.priority = priority;
        this.contributor = contributor == null ? "" : contributor;
        this.factory = Objects.requireNonNull(factory, "factory");
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
        return new BackendDescriptor(id, label, priority, contributor, factory);
    }

    /** A backend that already exists (programmatic registration, tests). */
    public static BackendDescriptor of(SimulationBackendProvider provider, int priority) {
        Objects.requireNonNull(provider, "provider");
        BackendDescriptor d = new BackendDescriptor(provider.id(), provider.label(), priority,
                provider.getClass().getName(), () -> provider);
        d.provider = provider;
        return d;
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
    public synchronized boolean isLoaded() {
        return provider != null;
    }

    /**
     * The provider, created on the first call.
     *
     * @throws BackendLoadException when it cannot be created, or reports another id than the
     *                              contribution declares
     */
    synchronized SimulationBackendProvider provider() {
        if (provider == null) {
            SimulationBackendProvider p;
            try {
                p = factory.get();
            } catch (BackendLoadException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BackendLoadException(this, e.getMessage() != null ? e.getMessage() : e.toString(), e);
            } catch (LinkageError e) {
                throw new BackendLoadException(this, e.toString(), e);
            }
            if (p == null) {
                throw new BackendLoadException(this, "its factory returned no provider", null);
            }
            if (!id.equals(p.id())) {
                // A mismatch would make runs record an id that no registry can find again.
                throw new BackendLoadException(this, "its class " + p.getClass().getName() + " reports id '"
                        + p.id() + "' but the contribution declares '" + id + "'", null);
            }
            provider = p;
        }
        return provider;
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
