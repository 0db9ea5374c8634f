package org.neurocircuit.ui.editor.layout;

/**
 * Where a layout puts a box, px, relative to the box of its enclosing region (or to the diagram
 * at top level), as {@code DiagramNode} coordinates are.
 */
public record NodeBounds(int x, int y, int width, int height) {

    /** Whether this box and {@code other} (same parent) share any area. */
    public boolean overlaps(NodeBounds other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                && other.y < y + height;
    }

    /** Whether a child box (relative to this box's origin) lies fully inside this box. */
    public boolean contains(NodeBounds child) {
        return child.x >= 0 && child.y >= 0 && child.x + child.width <= width && child.y + child.height <= height;
    }
}
