package org.neurocircuit.ui.editor.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.edit.commands.Attachment;

/** Maps each drawn model object to its edit part; anything else is a programming error. */
public class CircuitPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        EditPart part;
        if (model instanceof Circuit) {
            part = new DiagramEditPart();
        } else if (model instanceof Region) {
            part = new RegionEditPart();
        } else if (model instanceof Population) {
            part = new PopulationEditPart();
        } else if (model instanceof Stimulus) {
            part = new StimulusEditPart();
        } else if (model instanceof Recorder) {
            part = new RecorderEditPart();
        } else if (model instanceof Projection) {
            part = new ProjectionEditPart();
        } else if (model instanceof Attachment) {
            part = new AttachmentEditPart();
        } else {
            throw new IllegalArgumentException("the circuit diagram has no edit part for "
                    + (model == null ? "null" : model.getClass().getName()));
        }
        part.setModel(model);
        return part;
    }
}
