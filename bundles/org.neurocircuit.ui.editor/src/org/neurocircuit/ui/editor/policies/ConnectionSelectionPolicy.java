package org.neurocircuit.ui.editor.policies;

import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.neurocircuit.ui.editor.figures.Selectable;

/** End handles plus a thicker line on the selected projection or attachment. */
public class ConnectionSelectionPolicy extends ConnectionEndpointEditPolicy {

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
