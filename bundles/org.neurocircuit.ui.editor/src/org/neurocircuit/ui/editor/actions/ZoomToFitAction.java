package org.neurocircuit.ui.editor.actions;

import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.action.Action;

/** Zooms so that the whole diagram fits the window. */
public class ZoomToFitAction extends Action {

    public static final String ID = "org.neurocircuit.ui.editor.zoomToFit";

    private final ZoomManager zoom;

    public ZoomToFitAction(ZoomManager zoom) {
        super("Zoom to &Fit");
        this.zoom = zoom;
        setId(ID);
    }

    @Override
    public void run() {
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
    }
}
