package org.neurocircuit.ui.editor.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;

/** The models behind a GEF selection of edit parts. */
final class EditPartModels {

    private EditPartModels() {
    }

    static List<Object> of(List<?> selection) {
        List<Object> models = new ArrayList<>();
        for (Object o : selection) {
            if (o instanceof EditPart part && part.getModel() != null) {
                models.add(part.getModel());
            }
        }
        return models;
    }
}
