package org.neurocircuit.ui.editor.policies;

import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.neurocircuit.ui.editor.figures.Selectable;

/** Resize handles plus a blue border on the selected element, so selection reads even when zoomed out. */
public class SelectionFeedbackPolicy extends ResizableEditPolicy {

    @Override
    protected void showSelection() {
        super.showSelection();
        Selectable.mark(getHostFigure(), true);
    }

    @Override
    protected void hideSelection() {
        super.hideSelection();
        Selectable.mark(getHostFigure(), false);
    }
}
