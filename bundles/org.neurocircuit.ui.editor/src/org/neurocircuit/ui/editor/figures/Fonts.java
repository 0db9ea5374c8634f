package org.neurocircuit.ui.editor.figures;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;

/** Fonts of the diagram, from JFace's registries so that they follow the user's font settings. */
final class Fonts {

    private Fonts() {
    }

    static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    static Font normal() {
        return JFaceResources.getDefaultFont();
    }
}
