package org.neurocircuit.engine.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Contributions of one kind (backends, decoders, ...) by id: descriptors {@code D} that load
 * their object {@code P} on first use. A contribution whose object fails to load is reported
 * once (to the log and {@link #problems()}) and dropped; the others stay usable. The typed
 * registries of the bundles wrap one of these. Thread-safe.
 *
 * @param <D> the descriptor type
 * @param <P> the contributed type
 */
public final class ContributionRegistry<D, P> {

    private final String noun;
    private final Function<? super D, String> idOf;
    private final Function<? super D, ? extends P> loader;
    private final Comparator<? super D> order;
    private final Consumer<String> log;
    private final Map<String, D> contributions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param noun   what a contribution is, for messages ("backend", "decoder")
     * @param idOf   a descriptor's id
     * @param loader a descriptor's object, loading it if needed; throws
     *               {@link ContributionLoadException} when it cannot
     * @param order  the order of {@link #descriptors()}
     * @param log    where problems go besides {@link #problems()}
     */
    public ContributionRegistry(String noun, Function<? super D, String> idOf, Function<? super D, ? extends P> loader,
            Comparator<? super D> order, Consumer<String> log) {
        this.noun = noun;
        this.idOf = idOf;
        this.loader = loader;
        this.order = order;
        this.log = log;
    }

    /**
     * Adds a contribution.
     *
     * @throws IllegalArgumentException when one with its id is registered already
     */
    public synchronized void register(D d) {
        String id = idOf.apply(d);
        if (contributions.containsKey(id)) {
            throw new IllegalArgumentException("a " + noun + " with id '" + id + "' is registered already: "
                    + contributions.get(id));
        }
        contributions.put(id, d);
    }

    /** Removes the contribution with this id; returns whether there was one. */
    public synchronized boolean unregister(String id) {
        return contributions.remove(id) != null;
    }

    /** The descriptors, in the registry's order. Loads no class. */
    public synchronized List<D> descriptors() {
        return contributions.values().stream().sorted(order).toList();
    }

    /** The ids, in {@link #descriptors()} order. */
    public List<String> ids() {
        return descriptors().stream().map(idOf).toList();
    }

    /** The descriptor with this id. Loads no class. */
    public synchronized Optional<D> descriptor(String id) {
        return Optional.ofNullable(contributions.get(id));
    }

    /**
     * The object with this id, loading it if needed.
     *
     * @throws UnknownContributionException naming the available ids, when none has this id or
     *                                      its object could not be loaded
     */
    public P get(String id) {
        D d;
        synchronized (this) {
            d = contributions.get(id);
        }
        if (d == null) {
            throw new UnknownContributionException(id, "no " + noun + " '" + id + "'; available: " + available());
        }
        try {
            return load(d);
        } catch (ContributionLoadException e) {
            throw new UnknownContributionException(id, e.getMessage() + "; available: " + available());
        }
    }

    /**
     * The object of a registered descriptor, loading it if needed.
     *
     * @throws ContributionLoadException when it cannot be loaded; it has then been reported and
     *                                   dropped
     */
    public P load(D d) {
        try {
            return loader.apply(d);
        } catch (ContributionLoadException e) {
            drop(d, e);
            throw e;
        }
    }

    /** Contributions that could not be read or loaded, one message each, oldest first. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Records a problem with a contribution (e.g. while reading the extension registry). */
    public synchronized void report(String problem) {
        problems.add(problem);
        log.accept(problem);
    }

    /** The ids joined by commas, or "none". */
    public String available() {
        List<String> ids = ids();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private void drop(D d, ContributionLoadException e) {
        synchronized (this) {
            String id = idOf.apply(d);
            if (contributions.get(id) != d) {
                return; // reported by another caller already
            }
            contributions.remove(id);
        }
        report(e.getMessage() + "; it is skipped, the other " + noun + "s stay usable");
    }
}
