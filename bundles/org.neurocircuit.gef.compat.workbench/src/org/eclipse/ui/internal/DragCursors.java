package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The drag-feedback cursors that GEF 3.2's palette docking asks the workbench for. The workbench
 * used to draw its own arrows; system cursors say the same and need no disposal.
 */
public final class DragCursors {
    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /** Maps a drop position to the SWT system cursor id that shows it. */
    public static int systemCursorId(int dragCursorId) {
        return switch (dragCursorId) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            case TOP -> SWT.CURSOR_SIZEN;
            case BOTTOM -> SWT.CURSOR_SIZES;
            case CENTER -> SWT.CURSOR_SIZEALL;
            case FASTVIEW -> SWT.CURSOR_HAND;
            default -> SWT.CURSOR_NO;
        };
    }

    /** The cursor for a drop position; owned by the display, so callers must not dispose it. */
    public static Cursor getCursor(int dragCursorId) {
        return Display.getCurrent().getSystemCursor(systemCursorId(dragCursorId));
    }
}
