package org.neurocircuit.engine.backends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.neurocircuit.engine.extensions.ContributionRegistry;
import org.neurocircuit.engine.extensions.UnknownContributionException;
import org.neurocircuit.engine.spi.SimulationBackendProvider;

/**
 * The simulation backends that can be used here. {@link #getDefault()} holds the contributions
 * to the extension point {@value #EXTENSION_POINT_ID}, read when first used; a registry made with
 * the constructor starts empty and is filled with {@link #register} (plain Java, tests).
 *
 * <p>Descriptors are listed without loading any provider class; a provider is instantiated when
 * it is first asked for. A contribution whose class fails to load is reported once (logged and
 * kept in {@link #problems()}), dropped, and the others stay usable. Thread-safe.
 */
public final class BackendRegistry {

    /** The id of the extension point backends are contributed to. */
    public static final String EXTENSION_POINT_ID = "org.neurocircuit.engine.backends";

    private static BackendRegistry platform;

    private final ContributionRegistry<BackendDescriptor, SimulationBackendProvider> backends;

    /** An empty registry whose load problems go to {@code System.Logger}. */
    public BackendRegistry() {
        this(message -> System.getLogger(BackendRegistry.class.getName()).log(System.Logger.Level.WARNING, message));
    }

    /** An empty registry that reports load problems to {@code log}. */
    public BackendRegistry(Consumer<String> log) {
        this.backends = new ContributionRegistry<>("backend", BackendDescriptor::id, BackendDescriptor::provider,
                Comparator.comparingInt(BackendDescriptor::priority).reversed().thenComparing(BackendDescriptor::id),
                log);
    }

    /**
     * The registry of the running platform, filled from the extension registry on the first call
     * (descriptors only). Outside OSGi, or when the extension registry is absent, it starts empty
     * and takes programmatic registrations like any other.
     */
    public static synchronized BackendRegistry getDefault() {
        if (platform == null) {
            platform = ExtensionBackends.createRegistry();
        }
        return platform;
    }

    /**
     * Adds a backend.
     *
     * @throws IllegalArgumentException when a backend with its id is registered already
     */
    public void register(BackendDescriptor backend) {
        backends.register(backend);
    }

    /** Adds an existing provider with the default priority. */
    public void register(SimulationBackendProvider provider) {
        register(BackendDescriptor.of(provider, BackendDescriptor.DEFAULT_PRIORITY));
    }

    /** Removes the backend with this id; returns whether there was one. */
    public boolean unregister(String id) {
        return backends.unregister(id);
    }

    /** The backends, highest priority first, then by id. Loads no class. */
    public List<BackendDescriptor> descriptors() {
        return backends.descriptors();
    }

    /** The ids of the backends, in {@link #descriptors()} order. */
    public List<String> ids() {
        return backends.ids();
    }

    /** The descriptor with this id. Loads no class. */
    public Optional<BackendDescriptor> descriptor(String id) {
        return backends.descriptor(id);
    }

    /** The provider with this id, loading it if needed; empty when unknown or it failed to load. */
    public Optional<SimulationBackendProvider> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (UnknownBackendException e) {
            return Optional.empty();
        }
    }

    /**
     * The provider with this id, loading it if needed.
     *
     * @throws UnknownBackendException naming the available backends, when no backend has this id
     *                                 or its class could not be loaded
     */
    public SimulationBackendProvider get(String id) {
        try {
            return backends.get(id);
        } catch (UnknownContributionException e) {
            throw new UnknownBackendException(id, e.getMessage());
        }
    }

    /**
     * The provider of the highest priority that loads and says it is available here.
     *
     * @throws UnknownBackendException when there is none, with the reasons
     */
    public SimulationBackendProvider preferred() {
        List<String> reasons = new ArrayList<>();
        for (BackendDescriptor d : descriptors()) {
            try {
                SimulationBackendProvider p = backends.load(d);
                var availability = p.isAvailable();
                if (availability.available()) {
                    return p;
                }
                reasons.add(d.id() + ": " + availability.reason());
            } catch (BackendLoadException e) {
                reasons.add(e.getMessage());
            }
        }
        throw new UnknownBackendException("", reasons.isEmpty() ? "no simulation backend is installed"
                : "no simulation backend is available here: " + String.join("; ", reasons));
    }

    /** Contributions that could not be read or loaded, one message each, oldest first. */
    public List<String> problems() {
        return backends.problems();
    }

    /** Records a problem with a contribution (used while reading the extension registry). */
    void report(String problem) {
        backends.report(problem);
    }

    @Override
    public String toString() {
        return "backends " + ids();
    }
}
