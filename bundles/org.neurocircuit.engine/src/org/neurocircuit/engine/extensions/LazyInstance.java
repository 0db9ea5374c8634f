package org.neurocircuit.engine.extensions;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The object behind a contribution, created by a factory on first use and then kept, so that
 * listing contributions never loads their classes. Thread-safe.
 *
 * @param <P> the contributed type
 */
public final class LazyInstance<P> {

    private final Supplier<? extends P> factory;
    private P instance;

    private LazyInstance(Supplier<? extends P> factory, P instance) {
        this.factory = factory;
        this.instance = instance;
    }

    /** An instance {@code factory} creates when first asked for. */
    public static <P> LazyInstance<P> of(Supplier<? extends P> factory) {
        return new LazyInstance<>(Objects.requireNonNull(factory, "factory"), null);
    }

    /** An instance that exists already (programmatic registration, tests). */
    public static <P> LazyInstance<P> existing(P instance) {
        Objects.requireNonNull(instance, "instance");
        return new LazyInstance<>(() -> instance, instance);
    }

    /** Whether the instance has been created. */
    public synchronized boolean isLoaded() {
        return instance != null;
    }

    /**
     * The instance, created on the first call.
     *
     * @param mismatch says why a created instance does not match its declaration, or returns
     *                 {@code null} when it does
     * @param failure  makes the exception for a reason and its cause (which may be {@code null})
     * @throws ContributionLoadException from {@code failure}, when the factory throws, returns
     *                                   nothing, or the instance does not match
     */
    public synchronized P get(Function<? super P, String> mismatch,
            BiFunction<String, Throwable, ? extends ContributionLoadException> failure) {
        if (instance == null) {
            P p;
            try {
                p = factory.get();
            } catch (ContributionLoadException e) {
                throw e;
            } catch (RuntimeException e) {
                throw failure.apply(e.getMessage() != null ? e.getMessage() : e.toString(), e);
            } catch (LinkageError e) {
                throw failure.apply(e.toString(), e);
            }
            if (p == null) {
                throw failure.apply("its factory returned no instance", null);
            }
            String why = mismatch.apply(p);
            if (why != null) {
                throw failure.apply(why, null);
            }
            instance = p;
        }
        return instance;
    }
}
