package org.neurocircuit.gef.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.junit.jupiter.api.Test;

/**
 * The re-added {@code org.eclipse.ui.internal.DragCursors}, reached the way GEF's palette reaches it:
 * through the class space of {@code org.eclipse.ui.workbench}, which the fragment joins.
 */
class DragCursorsCompatTest {

    private static Class<?> dragCursors() throws ClassNotFoundException {
        return Platform.getBundle("org.eclipse.ui.workbench").loadClass("org.eclipse.ui.internal.DragCursors");
    }

    @Test
    void getCursorHasTheSignatureFlyoutPaletteCompositeWasCompiledAgainst() throws ReflectiveOperationException {
        MethodHandles.publicLookup().findStatic(dragCursors(), "getCursor", MethodType.methodType(Cursor.class, int.class));
    }

    @Test
    void eachDropPositionMapsToItsSystemCursor() throws Throwable {
        Class<?> type = dragCursors();
        MethodHandle systemCursorId = MethodHandles.publicLookup().findStatic(type, "systemCursorId",
                MethodType.methodType(int.class, int.class));
        Map<String, Integer> expected = Map.of("INVALID", SWT.CURSOR_NO, "LEFT", SWT.CURSOR_SIZEW, "RIGHT",
                SWT.CURSOR_SIZEE, "TOP", SWT.CURSOR_SIZEN, "BOTTOM", SWT.CURSOR_SIZES, "CENTER", SWT.CURSOR_SIZEALL,
                "OFFSCREEN", SWT.CURSOR_NO, "FASTVIEW", SWT.CURSOR_HAND);
        for (Map.Entry<String, Integer> position : expected.entrySet()) {
            int constant = type.getField(position.getKey()).getInt(null);
            assertEquals(position.getValue().intValue(), (int) systemCursorId.invoke(constant), position.getKey());
        }
    }
}
