package org.neurocircuit.ui.editor.parts;

import org.eclipse.draw2d.IFigure;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.labels.PartLabels;
import org.neurocircuit.ui.editor.figures.Colors;
import org.neurocircuit.ui.editor.figures.DeviceFigure;

/** A recorder (violet band); its dotted lines go to the populations it records. */
public class RecorderEditPart extends DeviceEditPart {

    @Override
    protected IFigure createFigure() {
        return new DeviceFigure(Colors.RECORDER, new org.eclipse.swt.graphics.Color(0x8A, 0x5C, 0xA8));
    }

    @Override
    protected String detail() {
        Recorder recorder = (Recorder) getModel();
        return "records " + PartLabels.recorderKind(recorder) + PartLabels.subset(recorder);
    }
}
