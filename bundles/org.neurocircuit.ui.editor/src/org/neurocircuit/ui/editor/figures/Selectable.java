package org.neurocircuit.ui.editor.figures;

/** A figure that shows whether it is selected (border colour or line width), besides GEF's handles. */
public interface Selectable {

    void setSelected(boolean selected);
}
