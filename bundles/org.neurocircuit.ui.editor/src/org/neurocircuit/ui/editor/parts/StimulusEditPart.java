package org.neurocircuit.ui.editor.parts;

import org.eclipse.draw2d.IFigure;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.labels.PartLabels;
import org.neurocircuit.ui.editor.figures.Colors;
import org.neurocircuit.ui.editor.figures.DeviceFigure;

/** A stimulus (green band); its dashed arrows go to the populations it drives. */
public class StimulusEditPart extends DeviceEditPart {

    @Override
    protected IFigure createFigure() {
        return new DeviceFigure(Colors.STIMULUS, Colors.DEVICE_LINE);
    }

    @Override
    protected String detail() {
        return PartLabels.stimulusKind((Stimulus) getModel());
    }
}
