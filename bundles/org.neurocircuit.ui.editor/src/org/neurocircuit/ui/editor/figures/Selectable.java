package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.IFigure;

/** A figure that shows whether it is selected (border colour or line width), besides GEF's handles. */
public interface Selectable {

    void setSelected(boolean selected);

    /**
     * Shows {@code figure} selected or not when it is {@link Selectable}: the one step the node and
     * connection selection policies share (GEF gives them different base classes).
     */
    static void mark(IFigure figure, boolean selected) {
        if (figure instanceof Selectable selectable) {
            selectable.setSelected(selected);
        }
    }
}
