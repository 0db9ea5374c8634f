package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.ui.editor.figures.CircuitRouter;
import org.neurocircuit.ui.editor.policies.CircuitContainerPolicy;
import org.neurocircuit.ui.editor.policies.CircuitXYLayoutPolicy;

/** The circuit as the diagram's background: top-level regions, populations, stimuli and recorders. */
public class DiagramEditPart extends AbstractGraphicalEditPart {

    private final ModelListener listener = new ModelListener(this::refresh);

    public Circuit circuit() {
        return (Circuit) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(10));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new CircuitXYLayoutPolicy());
        installEditPolicy(EditPolicy.CONTAINER_ROLE, new CircuitContainerPolicy());
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(circuit().getRegions());
        children.addAll(circuit().getPopulations());
        children.addAll(circuit().getStimuli());
        children.addAll(circuit().getRecorders());
        return children;
    }

    @Override
    public void activate() {
        super.activate();
        ((ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER)).setConnectionRouter(new CircuitRouter());
        listener.listen(List.of(circuit()));
    }

    @Override
    public void deactivate() {
        listener.stop();
        super.deactivate();
    }

    /** Snaps to the grid when the viewer's grid is enabled (the Snap to Grid toggle). */
    @Override
    @SuppressWarnings({ "rawtypes" })
    public Object getAdapter(Class key) {
        if (key == SnapToHelper.class && Boolean.TRUE.equals(getViewer().getProperty(SnapToGrid.PROPERTY_GRID_ENABLED))) {
            return new SnapToGrid(this);
        }
        return super.getAdapter(key);
    }
}
