package org.neurocircuit.engine.backends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationException;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;

/** The registry filled in code, as plain tests and tools use it: lazy, ordered, tolerant of broken backends. */
class BackendRegistryTest {

    /** A provider that can only say who it is; sessions are not needed here. */
    private record Named(String id, Availability availability) implements SimulationBackendProvider {
        Named(String id) {
            this(id, Availability.yes());
        }

        @Override
        public String label() {
            return "backend " + id;
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Availability isAvailable() {
            return availability;
        }

        @Override
        public SupportReport supports(NetworkDescription network) {
            return SupportReport.all();
        }

        @Override
        public SimulationSession createSession(RunRequest request) {
            throw new SimulationException("backend " + id + " runs nothing in this test");
        }
    }

    private final List<String> logged = new ArrayList<>();
    private final BackendRegistry registry = new BackendRegistry(logged::add);

    @Test
    void listsWithoutLoadingAndLoadsOnceOnFirstUse() {
        AtomicInteger created = new AtomicInteger();
        registry.register(BackendDescriptor.lazy("lazy", "Lazy backend", 5, "test.bundle", () -> {
            created.incrementAndGet();
            return new Named("lazy");
        }));
        assertEquals(List.of("lazy"), registry.ids());
        assertEquals("Lazy backend", registry.descriptors().get(0).label());
        assertFalse(registry.descriptor("lazy").orElseThrow().isLoaded());
        assertEquals(0, created.get(), "listing loads nothing");
        SimulationBackendProvider first = registry.get("lazy");
        assertSame(first, registry.get("lazy"));
        assertEquals(1, created.get());
        assertTrue(registry.descriptor("lazy").orElseThrow().isLoaded());
    }

    @Test
    void ordersByPriorityThenId() {
        registry.register(BackendDescriptor.of(new Named("b"), 0));
        registry.register(BackendDescriptor.of(new Named("a"), 0));
        registry.register(BackendDescriptor.of(new Named("top"), 100));
        assertEquals(List.of("top", "a", "b"), registry.ids());
    }

    @Test
    void anUnknownIdNamesTheAvailableOnes() {
        registry.register(new Named("builtin"));
        registry.register(new Named("brian2"));
        UnknownBackendException e = assertThrows(UnknownBackendException.class, () -> registry.get("nest"));
        assertEquals("no backend 'nest'; available: brian2, builtin", e.getMessage());
        assertEquals("nest", e.backendId());
        assertTrue(registry.find("nest").isEmpty());
    }

    @Test
    void aBackendWhoseClassFailsIsReportedDroppedAndTheOthersStay() {
        registry.register(new Named("builtin"));
        registry.register(BackendDescriptor.lazy("broken", "Broken", 50, "third.party", () -> {
            throw new NoClassDefFoundError("org/example/Missing");
        }));
        UnknownBackendException e = assertThrows(UnknownBackendException.class, () -> registry.get("broken"));
        assertTrue(e.getMessage().startsWith("backend 'broken' from third.party could not be loaded"), e.getMessage());
        assertTrue(e.getMessage().contains("org/example/Missing") && e.getMessage().endsWith("available: builtin"),
                e.getMessage());
        assertEquals(List.of("builtin"), registry.ids());
        assertEquals(1, logged.size(), "logged once: " + logged);
        assertEquals(logged, registry.problems());
        assertEquals("builtin", registry.get("builtin").id());
    }

    @Test
    void preferredSkipsBrokenAndUnavailableBackends() {
        registry.register(BackendDescriptor.lazy("broken", "Broken", 90, "x", () -> {
            throw new IllegalStateException("no native library");
        }));
        registry.register(BackendDescriptor.of(new Named("gpu", Availability.no("no GPU here")), 80));
        registry.register(BackendDescriptor.of(new Named("builtin"), 10));
        assertEquals("builtin", registry.preferred().id());
        assertEquals(1, registry.problems().size());
    }

    @Test
    void preferredExplainsWhenNothingCanRun() {
        registry.register(BackendDescriptor.of(new Named("gpu", Availability.no("no GPU here")), 0));
        UnknownBackendException e = assertThrows(UnknownBackendException.class, registry::preferred);
        assertEquals("no simulation backend is available here: gpu: no GPU here", e.getMessage());
        assertEquals("no simulation backend is installed", assertThrows(UnknownBackendException.class,
                new BackendRegistry(logged::add)::preferred).getMessage());
    }

    @Test
    void aClassReportingAnotherIdIsRefused() {
        registry.register(BackendDescriptor.lazy("declared", "Declared", 0, "x", () -> new Named("actual")));
        UnknownBackendException e = assertThrows(UnknownBackendException.class, () -> registry.get("declared"));
        assertTrue(e.getMessage().contains("reports id 'actual' but the contribution declares 'declared'"), e.getMessage());
    }

    @Test
    void duplicateIdsAreRefusedAndUnregisterRemoves() {
        registry.register(new Named("builtin"));
        assertThrows(IllegalArgumentException.class, () -> registry.register(new Named("builtin")));
        assertTrue(registry.unregister("builtin"));
        assertFalse(registry.unregister("builtin"));
        assertEquals(List.of(), registry.ids());
    }
}
