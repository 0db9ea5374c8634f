package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.backends.BackendDescriptor;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.backends.UnknownBackendException;
import org.neurocircuit.engine.builtin.BuiltinBackendProvider;

/** The built-in engine arrives through the extension point, listed before its class is loaded. */
class BackendExtensionTest {

    @Test
    void theBuiltinContributionIsListedWithItsLabelAndPriority() {
        BackendDescriptor d = BackendRegistry.getDefault().descriptor("builtin").orElseThrow(
                () -> new AssertionError("no builtin contribution; problems: " + BackendRegistry.getDefault().problems()));
        assertEquals("Built-in spiking engine", d.label());
        assertEquals(100, d.priority());
        assertEquals("org.neurocircuit.engine.builtin", d.contributor());
    }

    @Test
    void theContributedClassIsTheBuiltinProvider() {
        assertTrue(BackendRegistry.getDefault().get("builtin") instanceof BuiltinBackendProvider);
        assertTrue(BackendRegistry.getDefault().descriptor("builtin").orElseThrow().isLoaded());
        assertEquals("builtin", BackendRegistry.getDefault().preferred().id());
        assertEquals(java.util.List.of(), BackendRegistry.getDefault().problems());
    }

    @Test
    void anUnknownIdNamesTheAvailableBackends() {
        UnknownBackendException e = assertThrows(UnknownBackendException.class,
                () -> BackendRegistry.getDefault().get("brian2"));
        assertEquals("no backend 'brian2'; available: builtin", e.getMessage());
        assertFalse(BackendRegistry.getDefault().find("brian2").isPresent());
    }
}
