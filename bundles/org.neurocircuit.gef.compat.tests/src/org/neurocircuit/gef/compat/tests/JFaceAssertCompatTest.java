package org.neurocircuit.gef.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.gef.CompoundSnapToHelper;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.util.Assert;
import org.junit.jupiter.api.Test;

/** The re-added {@code org.eclipse.jface.util.Assert} behaves like the platform's, and GEF reaches it. */
class JFaceAssertCompatTest {

    @Test
    void everyMethodGefCallsExistsWithItsCompiledSignature() throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        lookup.findStatic(Assert.class, "isNotNull", MethodType.methodType(void.class, Object.class));
        lookup.findStatic(Assert.class, "isNotNull", MethodType.methodType(void.class, Object.class, String.class));
        lookup.findStatic(Assert.class, "isTrue", MethodType.methodType(boolean.class, boolean.class));
        lookup.findStatic(Assert.class, "isTrue", MethodType.methodType(boolean.class, boolean.class, String.class));
        lookup.findStatic(Assert.class, "isLegal", MethodType.methodType(boolean.class, boolean.class));
        lookup.findStatic(Assert.class, "isLegal", MethodType.methodType(boolean.class, boolean.class, String.class));
    }

    @Test
    void failuresRaiseThePlatformExceptionWithTheMessage() {
        AssertionFailedException failure = assertThrows(AssertionFailedException.class,
                () -> Assert.isNotNull(null, "palette root"));
        assertTrue(failure.getMessage().contains("palette root"), failure.getMessage());
        assertThrows(AssertionFailedException.class, () -> Assert.isTrue(false));
        assertThrows(IllegalArgumentException.class, () -> Assert.isLegal(false, "zoom level"));
        assertTrue(Assert.isTrue(true));
        assertTrue(Assert.isLegal(true));
    }

    @Test
    void gefClassesThatCallAssertRunTheirChecks() {
        // CompoundSnapToHelper asserts a non-empty delegate array through jface.util.Assert.
        assertThrows(AssertionFailedException.class, () -> new CompoundSnapToHelper(new SnapToHelper[0]));
        // ToolEntry.setToolClass asserts the class is a Tool.
        ToolEntry entry = new ToolEntry("label", "description", null, null) {
        };
        AssertionFailedException failure = assertThrows(AssertionFailedException.class, () -> entry.setToolClass(String.class));
        assertEquals(AssertionFailedException.class, failure.getClass());
    }
}
