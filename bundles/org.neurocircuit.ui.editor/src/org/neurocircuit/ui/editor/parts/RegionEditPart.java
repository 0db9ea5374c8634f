package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPolicy;
import org.neurocircuit.model.Region;
import org.neurocircuit.ui.editor.figures.Colors;
import org.neurocircuit.ui.editor.figures.RegionFigure;
import org.neurocircuit.ui.editor.policies.CircuitContainerPolicy;
import org.neurocircuit.ui.editor.policies.CircuitXYLayoutPolicy;

/** A region: a container of populations and sub-regions, tinted with the region's colour. */
public class RegionEditPart extends ElementPart {

    public Region region() {
        return (Region) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new RegionFigure();
    }

    @Override
    protected void createEditPolicies() {
        super.createEditPolicies();
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new CircuitXYLayoutPolicy());
        installEditPolicy(EditPolicy.CONTAINER_ROLE, new CircuitContainerPolicy());
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(region().getRegions());
        children.addAll(region().getPopulations());
        return children;
    }

    @Override
    protected void refreshVisuals() {
        RegionFigure figure = (RegionFigure) getFigure();
        figure.setTitle(region().getName());
        figure.setBackgroundColor(Colors.parse(region().getColor(), Colors.REGION));
        super.refreshVisuals();
    }

    @Override
    public Rectangle nameArea() {
        return ((RegionFigure) getFigure()).titleBounds();
    }
}
